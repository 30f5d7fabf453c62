package kr.go.sandan.web;

import java.lang.reflect.Field;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;

/**
 * Names the field of each error in a refused form's error summary (GOV.UK / KRDS pattern:
 * "목표 연도 (3번 행): …"), from the {@link FieldLabel} on the form's field, or from the form
 * itself when it is {@link Labelled} (a grid of amounts). A path through a list of rows
 * ({@code rows[2].metric}) names the row too.
 */
@Component("errorLabels")
public class ErrorLabels {

	private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)(?:\\[(\\d+)])?");

	private final MessageSource messages;

	public ErrorLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** A form that names some of its fields itself. */
	public interface Labelled {

		/** The label of that field, or {@code null} to use its {@link FieldLabel}. */
		MessageSourceResolvable labelOf(String field);

	}

	/**
	 * The label of {@code field} of {@code form} in the reader's language, or
	 * {@code null} when the field has none.
	 */
	public String of(Object form, String field) {
		if (field == null) {
			return null;
		}
		if (form == null) {
			// a record whose binding failed has no target: its fields are named by
			// convention
			String name = field.replaceAll(".*[.\\]]", "").replaceAll("\\[.*", "");
			return this.messages.getMessage("form.field." + name, null, null, LocaleContextHolder.getLocale());
		}
		if (form instanceof Labelled labelled) {
			MessageSourceResolvable own = labelled.labelOf(field);
			if (own != null) {
				return this.messages.getMessage(own, LocaleContextHolder.getLocale());
			}
		}
		Class<?> type = form.getClass();
		String key = null;
		Integer row = null;
		Matcher segment = SEGMENT.matcher(field);
		while (segment.find() && type != null) {
			Field declared = declared(type, segment.group(1));
			if (declared == null) {
				return null;
			}
			// the field's own label: a row's field is not named by its list's label
			FieldLabel label = declared.getAnnotation(FieldLabel.class);
			key = (label != null) ? label.value() : null;
			if (segment.group(2) != null) {
				if (row == null && segment.group(2).length() < 10) {
					row = Integer.parseInt(segment.group(2)) + 1;
				}
				// the row's type, also when the list is declared in a generic superclass
				type = ResolvableType.forField(declared, type).asCollection().getGeneric(0).resolve();
			}
			else {
				type = declared.getType();
			}
		}
		if (key == null) {
			return null;
		}
		String name = this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
		return (row == null) ? name : this.messages.getMessage("form.errorSummary.row", new Object[] { name, row },
				LocaleContextHolder.getLocale());
	}

	/**
	 * Where an error of a form that keeps its errors in a map links to: "rationale.12" to
	 * the field with id "rationale-12", "chair" to "chair", unless {@code anchors} maps
	 * the name before the dot to an id pattern ({} standing for what follows it).
	 */
	public String anchorOf(String key, java.util.Map<String, String> anchors) {
		int dot = key.indexOf('.');
		String name = (dot < 0) ? key : key.substring(0, dot);
		String rest = (dot < 0) ? "" : key.substring(dot + 1);
		if (anchors != null && anchors.containsKey(name)) {
			return anchors.get(name).replace("{}", rest);
		}
		return key.replace('.', '-');
	}

	/**
	 * The label of an error kept in a map by its key ("rationale.12"):
	 * form.field.rationale.
	 */
	public String labelOf(String key) {
		int dot = key.indexOf('.');
		String name = (dot < 0) ? key : key.substring(0, dot);
		return this.messages.getMessage("form.field." + name, null, null, LocaleContextHolder.getLocale());
	}

	private static Field declared(Class<?> type, String name) {
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			try {
				return c.getDeclaredField(name);
			}
			catch (NoSuchFieldException ex) {
				// look in the superclass
			}
		}
		return null;
	}

}
