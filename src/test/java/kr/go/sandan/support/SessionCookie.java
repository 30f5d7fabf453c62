package kr.go.sandan.support;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The portal's sessions are Spring Session's: what waits in a session (a checked file
 * before its confirmation) is found by the cookie that names it, sent back as a browser
 * would. Keep the cookie of a response, send it with the next requests.
 */
public final class SessionCookie implements RequestPostProcessor {

	private Cookie cookie;

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (this.cookie != null) {
			request.setCookies(this.cookie);
		}
		return request;
	}

	/** Keeps the session cookie the answer sets, if any. */
	public ResultActions kept(ResultActions actions) {
		Cookie sent = actions.andReturn().getResponse().getCookie("SESSION");
		if (sent != null) {
			this.cookie = sent;
		}
		return actions;
	}

	/** Keeps the session cookie the response sets, if any. */
	public MockHttpServletResponse kept(MockHttpServletResponse response) {
		Cookie sent = response.getCookie("SESSION");
		if (sent != null) {
			this.cookie = sent;
		}
		return response;
	}

}
