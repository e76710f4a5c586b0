package org.allianceatlas.curation;

/**
 * One field of a change: its value before (null when it had none, or the thing is new)
 * and after.
 */
public record FieldChange(String field, String before, String after) {

}
