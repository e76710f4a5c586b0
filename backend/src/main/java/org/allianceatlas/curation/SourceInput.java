package org.allianceatlas.curation;

/**
 * The source of a proposed fact: an existing source by its key, or a new document (title
 * and/or publisher, date of publication with the precision known, http(s) address), and
 * in both cases where in the document the fact is.
 */
public record SourceInput(String key, String title, String publisher, String published, String url, String locator) {

	boolean isExisting() {
		return this.key != null;
	}

}
