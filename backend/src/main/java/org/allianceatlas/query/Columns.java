package org.allianceatlas.query;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The names of the values in a list that a query returns in place of a map, such as
 * {@code [m.key, m.role, [s.iso3, s.name]]}: each list is read as a {@link Row} by these
 * names, and a value that is itself such a list by the columns nested under its name.
 * <p>
 * Why not maps: a map sends its keys with every item, and the driver decodes each key as
 * a new string, hashes it and compares it on every lookup. For the 10,300 memberships of
 * the 100-times graph, each with its state, that is over 100,000 keys per answer; sent as
 * lists, the database took about a tenth less time to write them and the rows are read by
 * position.
 */
public final class Columns {

	private final Map<String, Integer> positions;

	private final List<String> names;

	/** The columns of the value at each position that is itself a list, else null. */
	private final Columns[] nested;

	private Columns(List<String> names, Columns[] nested) {
		this.names = List.copyOf(names);
		this.positions = new HashMap<>();
		for (int i = 0; i < this.names.size(); i++) {
			if (this.positions.put(this.names.get(i), i) != null) {
				throw new IllegalArgumentException("Column " + this.names.get(i) + " is named twice");
			}
		}
		this.nested = nested;
	}

	/** Columns of these names, in the order of the list's values. */
	public static Columns of(List<String> names) {
		return new Columns(names, new Columns[names.size()]);
	}

	/**
	 * These columns, with the value named {@code name} read as a list of the
	 * {@code inner} columns.
	 */
	public Columns nesting(String name, Columns inner) {
		Integer position = this.positions.get(name);
		if (position == null) {
			throw new IllegalArgumentException("No column " + name + " to nest columns in");
		}
		Columns[] all = this.nested.clone();
		all[position] = inner;
		return new Columns(this.names, all);
	}

	/** The names, in order. */
	public List<String> names() {
		return this.names;
	}

	/** One list of values read by these columns. */
	public Row row(List<?> values) {
		if (values.size() != this.names.size()) {
			throw new IllegalArgumentException(
					"Expected " + this.names.size() + " values " + this.names + ", got " + values.size());
		}
		return new Row(new Tuple(this, values));
	}

	/** The values of a list by name; a nested list as a map of its own columns. */
	private static final class Tuple extends AbstractMap<String, Object> {

		private final Columns columns;

		private final List<?> values;

		Tuple(Columns columns, List<?> values) {
			this.columns = columns;
			this.values = values;
		}

		@Override
		public Object get(Object name) {
			Integer position = this.columns.positions.get(name);
			return (position != null) ? value(position) : null;
		}

		private Object value(int position) {
			Object value = this.values.get(position);
			Columns inner = this.columns.nested[position];
			return (inner != null && value instanceof List<?> list) ? new Tuple(inner, list) : value;
		}

		@Override
		public boolean containsKey(Object name) {
			return this.columns.positions.containsKey(name);
		}

		@Override
		public int size() {
			return this.values.size();
		}

		@Override
		public Set<Entry<String, Object>> entrySet() {
			return new AbstractSet<>() {

				@Override
				public Iterator<Entry<String, Object>> iterator() {
					return new Iterator<>() {

						private int next;

						@Override
						public boolean hasNext() {
							return this.next < Tuple.this.values.size();
						}

						@Override
						public Entry<String, Object> next() {
							if (!hasNext()) {
								throw new NoSuchElementException();
							}
							int position = this.next++;
							return new SimpleImmutableEntry<>(Tuple.this.columns.names.get(position), value(position));
						}

					};
				}

				@Override
				public int size() {
					return Tuple.this.values.size();
				}

			};
		}

	}

}
