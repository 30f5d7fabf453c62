package kr.go.sandan.plan;

import java.util.Arrays;
import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * What every section form of the plan editor carries: the plan's version when the page
 * was opened (a save against another version is refused), and the checks on text that is
 * stored a line or an item at a time.
 */
abstract class SectionForm {

	private Long version;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** The non-blank items of {@code text}, split at {@code separator} and trimmed. */
	static List<String> items(String text, String separator) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split(separator)).map(String::trim).filter((line) -> !line.isEmpty()).toList();
	}

	/** Blank text as {@code null}, other text trimmed. */
	static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/**
	 * Refuses {@code field} when one of its items is longer than the column that keeps
	 * it, or when there are more items than the section takes.
	 */
	static void checkItems(BindingResult result, String field, List<String> items, int maxLength, int maxItems) {
		if (result.hasFieldErrors(field)) {
			return;
		}
		if (items.size() > maxItems) {
			result.rejectValue(field, "plan.error.tooManyItems", new Object[] { maxItems }, null);
			return;
		}
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).length() > maxLength) {
				result.rejectValue(field, "plan.error.itemTooLong", new Object[] { i + 1, maxLength }, null);
				return;
			}
		}
	}

	/** The unit of that symbol, or {@code null} for none or an unknown one. */
	static MeasureUnit unit(String symbol) {
		return (symbol == null || symbol.isBlank()) ? null
				: Arrays.stream(MeasureUnit.values()).filter((u) -> u.symbol().equals(symbol)).findFirst().orElse(null);
	}

}
