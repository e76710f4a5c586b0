package org.allianceatlas.graphql;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a GraphQL request whose body is larger than a bound before anything parses it:
 * the document and variable limits of {@link HttpRequestLimits} apply to text that JSON
 * parsing has already held in memory, so without this a client could still make the
 * service read and parse megabytes. A declared length above the bound is refused without
 * reading; otherwise at most the bound plus one byte is read, and the request goes on
 * with the bytes read. The answer is HTTP 413 with one GraphQL error of class
 * LIMIT_EXCEEDED.
 * <p>
 * A body found expensive before ({@link ExpensiveRequests}) is answered BUSY right here
 * while expensive requests would be refused anyway, with {@code Retry-After}: reading it
 * as JSON, parsing and validating its document and estimating its cost would all be for
 * the same refusal, and cost cheap requests their core. The body read is left to the
 * request as an attribute, so that it can be remembered should it be found expensive.
 */
final class RequestBodyLimit extends OncePerRequestFilter {

	/** Request attribute holding the bytes of the body read. */
	static final String BODY = RequestBodyLimit.class.getName() + ".BODY";

	/** Seconds a client refused as busy is asked to wait before it tries again. */
	static final String RETRY_AFTER_SECONDS = "1";

	private final int maxBodyBytes;

	private final ExpensiveRequests expensive;

	RequestBodyLimit(int maxBodyBytes, ExpensiveRequests expensive) {
		this.maxBodyBytes = maxBodyBytes;
		this.expensive = expensive;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBodyBytes) {
			tooLong(response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(this.maxBodyBytes + 1);
		if (body.length > this.maxBodyBytes) {
			tooLong(response);
			return;
		}
		// a browser's request (it names its origin) is left to the handler, which answers
		// with the CORS headers the browser needs to read the refusal
		if (request.getHeader(HttpHeaders.ORIGIN) == null && this.expensive.wouldRefuse(body)) {
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			refuse(response, HttpStatus.OK, AtlasErrorType.BUSY, RequestLimits.busy(this.expensive));
			return;
		}
		request.setAttribute(BODY, body);
		chain.doFilter(new ReadBody(request, body), response);
	}

	private void tooLong(HttpServletResponse response) throws IOException {
		// the rest of the body is not wanted: answer now, and end the connection rather
		// than read on to reuse it
		response.setHeader(HttpHeaders.CONNECTION, "close");
		refuse(response, HttpStatus.CONTENT_TOO_LARGE, AtlasErrorType.LIMIT_EXCEEDED,
				"The request body is longer than the limit of " + Words.number(this.maxBodyBytes) + " bytes.");
	}

	/** One GraphQL error of our own words, with no quotes or backslashes to escape. */
	private static void refuse(HttpServletResponse response, HttpStatus status, AtlasErrorType type, String message)
			throws IOException {
		ErrorClassifications.logRefusal(type, message);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		byte[] body = ("{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"classification\":\"" + type
				+ "\"}}]}")
			.getBytes(StandardCharsets.UTF_8);
		// a declared length lets the client read the answer while the rest of its body is
		// discarded
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	/** The request with its body already read. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body has been read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
