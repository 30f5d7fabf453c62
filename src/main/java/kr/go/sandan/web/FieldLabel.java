package kr.go.sandan.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The message key of a form field's label, as the page shows it beside the field: the
 * error summary at the top of a refused form names each field by it
 * ({@link ErrorLabels}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
public @interface FieldLabel {

	/** The label's message key. */
	String value();

}
