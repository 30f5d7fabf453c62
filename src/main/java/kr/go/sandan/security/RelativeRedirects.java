package kr.go.sandan.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.util.UrlUtils;

/**
 * Redirects within the portal by path only. Spring Security writes some redirect targets
 * as absolute URLs made from the request's Host (or X-Forwarded-Host) header, which the
 * client chooses: answering them as they are would send a signed-in person to any host.
 * The portal never redirects to another site, so an absolute URL keeps its path and query
 * and loses its scheme and host.
 */
final class RelativeRedirects implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		String target = url;
		if (UrlUtils.isAbsoluteUrl(url)) {
			URI uri = URI.create(url);
			target = ((uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath())
					+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}
		else {
			target = request.getContextPath() + url;
		}
		response.sendRedirect(response.encodeRedirectURL(target));
	}

}
