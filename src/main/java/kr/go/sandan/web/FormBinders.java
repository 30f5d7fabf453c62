package kr.go.sandan.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * Forms bind through a binder that passes over a field no form offers instead of failing
 * the request: a row index that is negative, not a number, or beyond the rows a list may
 * grow to ({@code rows[-1].name}, {@code rows[abc].name}, {@code rows[99999].name}) is
 * ignored, as unknown fields already are. Spring's own binder throws for these, and the
 * person then sees a server error with everything typed lost.
 */
@Component
class FormBinders implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new RequestMappingHandlerAdapter() {

			@Override
			protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
				return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {

					@Override
					protected ServletRequestDataBinder createBinderInstance(@Nullable Object target, String objectName,
							NativeWebRequest request) {
						return new FieldCheckingBinder(target, objectName);
					}

				};
			}

		};
	}

	/** Allows an indexed or mapped field only when the form can take it. */
	static final class FieldCheckingBinder extends ExtendedServletRequestDataBinder {

		FieldCheckingBinder(@Nullable Object target, String objectName) {
			super(target, objectName);
		}

		@Override
		protected boolean isAllowed(String field) {
			if (!super.isAllowed(field)) {
				return false;
			}
			if (field.indexOf('[') < 0 || getTarget() == null) {
				return true;
			}
			// evaluating the path grows a list up to the row limit, as binding would
			return getPropertyAccessor().isWritableProperty(field);
		}

	}

}
