package org.allianceatlas.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Typed access to one result row or one map projection ({@code n{.*}}) of a result. */
public record Row(Map<String, Object> values) {

	public Object get(String name) {
		return this.values.get(name);
	}

	public String string(String name) {
		Object value = this.values.get(name);
		return (value != null) ? value.toString() : null;
	}

	public Integer integer(String name) {
		return (this.values.get(name) instanceof Number number) ? number.intValue() : null;
	}

	public Double decimal(String name) {
		return (this.values.get(name) instanceof Number number) ? number.doubleValue() : null;
	}

	public boolean flag(String name) {
		return Boolean.TRUE.equals(this.values.get(name));
	}

	public LocalDate date(String name) {
		return (this.values.get(name) instanceof LocalDate date) ? date : null;
	}

	@SuppressWarnings("unchecked")
	public Row row(String name) {
		Object value = this.values.get(name);
		return (value instanceof Map<?, ?> map) ? new Row((Map<String, Object>) map) : null;
	}

	@SuppressWarnings("unchecked")
	public List<Row> rows(String name) {
		Object value = this.values.get(name);
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().filter(Map.class::isInstance).map(m -> new Row((Map<String, Object>) m)).toList();
	}

	/**
	 * The lists under {@code name}, each read by {@code columns} (see {@link Columns}).
	 */
	public List<Row> rows(String name, Columns columns) {
		Object value = this.values.get(name);
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().filter(List.class::isInstance).map(l -> columns.row((List<?>) l)).toList();
	}

	public List<String> strings(String name) {
		Object value = this.values.get(name);
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().filter(v -> v != null).map(Object::toString).toList();
	}

}
