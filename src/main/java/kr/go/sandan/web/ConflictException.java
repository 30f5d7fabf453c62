package kr.go.sandan.web;

/**
 * Someone else did this first (or at the same time): the request changed nothing.
 * Answered with the 409 page unless a controller shows the form again.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
