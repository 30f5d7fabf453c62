package kr.go.sandan.web;

import java.math.BigDecimal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every form and request parameter of the portal is read. Forms are JavaBeans bound
 * through their setters, so that a field that cannot be read (a word where a number goes,
 * a value not on the list) becomes an error beside that field while every other field
 * keeps what was typed; numbers are read as officials write them ({@link NumberInput}).
 * Row indexes that no form offers ({@code projects[-1]}, {@code [abc]}, beyond the row
 * limit) are ignored rather than failing the request, and text with characters no field
 * may hold is refused ({@link TextInput}).
 */
@ControllerAdvice
class FormBinding {

	/** More rows than any form offers; a list index beyond it is ignored. */
	static final int MAX_ROWS = 500;

	@InitBinder
	void bind(WebDataBinder binder, HttpServletRequest request) {
		binder.setIgnoreInvalidFields(true);
		binder.setAutoGrowCollectionLimit(MAX_ROWS);
		// a form object gets the error beside the field; so does a query parameter, as a
		// 400.
		// A single text posted as a request parameter (a withdrawal's reason) reaches its
		// controller as typed, which says what is wrong on its page (TextInput.problem).
		boolean formObject = binder.getTarget() != null || binder.getTargetType() != null;
		if (formObject || !"POST".equals(request.getMethod())) {
			binder.registerCustomEditor(String.class, new TextInput());
		}
		binder.registerCustomEditor(BigDecimal.class, new NumberInput.Decimals());
		binder.registerCustomEditor(Integer.class, new NumberInput.Integers(false));
		binder.registerCustomEditor(int.class, new NumberInput.Integers(true));
		binder.registerCustomEditor(Long.class, new NumberInput.Longs(false));
		binder.registerCustomEditor(long.class, new NumberInput.Longs(true));
	}

}
