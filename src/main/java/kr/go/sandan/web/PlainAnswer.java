package kr.go.sandan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * An answer written before Spring MVC is reached (filters, valves): a status, a UTF-8
 * body prepared once, nothing that could itself fail on the database or a template.
 */
final class PlainAnswer {

	private PlainAnswer() {
	}

	static void write(HttpServletResponse response, HttpStatus status, MediaType type, byte[] body) throws IOException {
		response.setStatus(status.value());
		response.setContentType(type.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
