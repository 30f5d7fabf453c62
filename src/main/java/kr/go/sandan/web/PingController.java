package kr.go.sandan.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's most trivial page: answers {@code ok} through the same filters (security,
 * session, headers) as every page, without touching the database. A load balancer's
 * liveness probe, and the baseline of the load benchmark ({@code scripts/benchmark.sh}).
 */
@RestController
class PingController {

	@GetMapping(path = "/ping", produces = MediaType.TEXT_PLAIN_VALUE)
	String ping() {
		return "ok";
	}

}
