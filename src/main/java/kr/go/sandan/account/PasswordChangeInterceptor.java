package kr.go.sandan.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Someone signed in with a temporary password goes to the password page first, whatever
 * they asked for.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	static final String PASSWORD_PAGE = "/account/password";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns(PASSWORD_PAGE, "/login", "/logout", "/error");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user
				&& user.isMustChangePassword()) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return false;
		}
		return true;
	}

}
