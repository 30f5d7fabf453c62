package kr.go.sandan.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps the portal's exceptions to its error pages (templates/error/*.html). */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Exception ex) {
		log.debug(ex.getMessage());
		return "error/404";
	}

	/** An upload beyond the request limit never reaches a controller: say so plainly. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	String tooLarge(MaxUploadSizeExceededException ex) {
		log.debug("Upload refused: {}", ex.getMessage());
		return "error/413";
	}

	/**
	 * Two people changed the same thing at once and this request came second: nothing of
	 * it was kept. Forms that can show the typed input again catch the conflict
	 * themselves; this is the page for the others (a double click, a button pressed in
	 * two tabs).
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, PessimisticLockingFailureException.class,
			ConflictException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(Exception ex) {
		log.info("Conflict: {}", ex.getMessage());
		return "error/409";
	}

	/**
	 * A unique constraint refused the change: a second, simultaneous request did the same
	 * thing first (two officers, a double click), so nothing of this one was kept. Any
	 * other constraint is a rule the portal should have checked itself, and stays a 500.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	String refusedByDatabase(DataIntegrityViolationException ex, HttpServletResponse response) {
		if (!isUniqueViolation(ex)) {
			throw ex;
		}
		log.info("Refused by a unique constraint: {}", ex.getMostSpecificCause().getMessage());
		response.setStatus(HttpStatus.CONFLICT.value());
		return "error/409";
	}

	/**
	 * Whether PostgreSQL refused a duplicate key (SQL state 23505) somewhere in the
	 * chain.
	 */
	public static boolean isUniqueViolation(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * {@code /plans/abc} names nothing that can exist: not found. A filter value that is
	 * not one of the choices ({@code ?type=X}) is a bad request.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String badValue(MethodArgumentTypeMismatchException ex, HttpServletResponse response) {
		log.debug("Bad path or parameter {}: {}", ex.getName(), ex.getValue());
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "error/404";
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "error/4xx";
	}

}
