package kr.go.sandan.web;

/**
 * Something a user asked for by id or code does not exist, or is not public; answered
 * with the 404 page, never with a stack trace.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object key) {
		super(what + " " + key + " not found");
	}

}
