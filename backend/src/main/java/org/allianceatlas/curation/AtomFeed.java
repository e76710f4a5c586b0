package org.allianceatlas.curation;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.allianceatlas.query.NodeKind;
import org.springframework.web.util.UriUtils;

/**
 * Recent changes as an Atom 1.0 feed (RFC 4287), written with the JDK's XML writer so
 * every stored text is escaped.
 */
final class AtomFeed {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private AtomFeed() {
	}

	static String of(String base, List<Revision> revisions) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			element(xml, "title", "Alliance Atlas: recent changes");
			element(xml, "id", base + "/recent-changes");
			Instant updated = revisions.isEmpty() ? Instant.EPOCH : revisions.getFirst().at().toInstant();
			element(xml, "updated", updated.toString());
			link(xml, "self", base + "/recent-changes.atom");
			link(xml, "alternate", base + "/recent-changes");
			xml.writeStartElement("author");
			element(xml, "name", "Alliance Atlas editors");
			xml.writeEndElement();
			for (Revision revision : revisions) {
				xml.writeStartElement("entry");
				element(xml, "title", revision.title() + ": " + revision.summary());
				element(xml, "id", "urn:uuid:" + revision.id());
				element(xml, "updated", revision.at().toInstant().toString());
				link(xml, "alternate", base + pageOf(revision));
				xml.writeStartElement("author");
				element(xml, "name", revision.proposer());
				xml.writeEndElement();
				StringBuilder content = new StringBuilder();
				content.append("Revision ")
					.append(revision.number())
					.append(", accepted by ")
					.append(revision.reviewer());
				for (FieldChange change : revision.changes()) {
					content.append("\n")
						.append(change.field())
						.append(": ")
						.append((change.before() != null) ? change.before() : "(none)")
						.append(" → ")
						.append((change.after() != null) ? change.after() : "(none)");
				}
				if (!revision.sourceKeys().isEmpty()) {
					content.append("\nSources: ").append(String.join(", ", revision.sourceKeys()));
				}
				xml.writeStartElement("content");
				xml.writeAttribute("type", "text");
				xml.writeCharacters(content.toString());
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The feed could not be written", ex);
		}
		return out.toString();
	}

	/** The page that shows what a revision changed. */
	static String pageOf(Revision revision) {
		if (revision.entityKind() == NodeKind.STATE) {
			return "/states/" + UriUtils.encodePathSegment(revision.entityKey(), StandardCharsets.UTF_8);
		}
		if (revision.entityKind() == NodeKind.ORGANISATION) {
			return "/organisations/" + UriUtils.encodePathSegment(revision.entityKey(), StandardCharsets.UTF_8);
		}
		return "/recent-changes#r-" + revision.id();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters((text != null) ? text : "");
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

}
