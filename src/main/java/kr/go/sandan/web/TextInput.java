package kr.go.sandan.web;

import java.beans.PropertyEditorSupport;

/**
 * Text as people may type it. Characters that no form of the portal can mean and that
 * PostgreSQL or the browser would refuse or change — NUL and other control characters
 * (tab and line breaks are kept), lone surrogates, non-characters — make the field
 * invalid: the binder then records a {@code typeMismatch} error beside the field and
 * keeps what was typed, instead of a database error on save.
 */
public final class TextInput extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		if (text != null && !isAcceptable(text)) {
			throw new IllegalArgumentException("text with a control character or a lone surrogate");
		}
		setValue(text);
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return (value != null) ? value.toString() : "";
	}

	/**
	 * What is wrong with a text posted on its own (not through a form object), as a
	 * message key: characters no field may hold, or more than {@code maxLength}
	 * characters; {@code null} when it may be kept.
	 */
	public static String problem(String text, int maxLength) {
		if (text == null) {
			return null;
		}
		if (!isAcceptable(text)) {
			return "typeMismatch.java.lang.String";
		}
		return (text.strip().length() > maxLength) ? "form.error.tooLong" : null;
	}

	/** Whether every character of {@code text} may be stored and shown. */
	public static boolean isAcceptable(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return false;
			}
			if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
				return false;
			}
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return false;
			}
		}
		return true;
	}

}
