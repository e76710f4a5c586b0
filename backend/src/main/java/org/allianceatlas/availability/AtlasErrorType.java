package org.allianceatlas.availability;

import org.springframework.graphql.ResponseError;

import graphql.ErrorClassification;

/**
 * GraphQL error classes beyond Spring's
 * {@link org.springframework.graphql.execution.ErrorType}: a client reads them from
 * {@code errors[].extensions.classification}.
 */
public enum AtlasErrorType implements ErrorClassification {

	/**
	 * The database cannot be reached for now: the same request may succeed when tried
	 * again later.
	 */
	UNAVAILABLE;

	/** Whether an error of an answer is of this class. */
	public boolean is(ResponseError error) {
		return error.getErrorType() == this;
	}

}
