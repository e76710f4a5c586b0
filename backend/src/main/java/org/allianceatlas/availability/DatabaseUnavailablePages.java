package org.allianceatlas.availability;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.allianceatlas.graphql.RequestTimeoutException;
import org.neo4j.driver.exceptions.DiscoveryException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that cannot be drawn because the database cannot be reached, or not in the time
 * a request may take, answers 503 with a page that says so and asks the reader to try
 * again, never a 404, a 500 or a stack trace. Spring matches the exception types below
 * against the whole chain of causes, so a driver failure wrapped by Spring Data is found
 * too.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailablePages {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePages.class);

	@ExceptionHandler({ DatabaseUnavailableException.class, ServiceUnavailableException.class,
			SessionExpiredException.class, DiscoveryException.class, DataAccessResourceFailureException.class })
	ModelAndView databaseUnavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		log.warn("Database unavailable for {}: {}", request.getRequestURI(), ex.toString());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		ModelAndView page = new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("message", DatabaseOutage.MESSAGE);
		return page;
	}

	/**
	 * A page whose reads ran past the time a request may take answers 503 too, with a
	 * page that says so, and one line in the log.
	 */
	@ExceptionHandler(RequestTimeoutException.class)
	ModelAndView tookTooLong(RequestTimeoutException ex, HttpServletRequest request, HttpServletResponse response) {
		log.warn("Page {} took too long: {}", request.getRequestURI(), ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		return new ModelAndView("error/too-long", HttpStatus.SERVICE_UNAVAILABLE);
	}

}
