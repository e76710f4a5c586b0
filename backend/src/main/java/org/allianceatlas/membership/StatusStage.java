package org.allianceatlas.membership;

/**
 * Stages the sources record inside a membership that leave it active (see {@code StatusChange.status}):
 * a notice period, recalled representatives.
 */
public enum StatusStage {

	WITHDRAWING, REPRESENTATIVES_RECALLED

}
