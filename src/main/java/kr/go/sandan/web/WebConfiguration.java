package kr.go.sandan.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Korean by default; {@code ?lang=en} switches to English and a cookie remembers it. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("PORTAL_LANG");
		resolver.setDefaultLocale(Locale.KOREAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	/** The outermost filter: a database outage answers 503 wherever it shows. */
	@Bean
	FilterRegistrationBean<DatabaseOutage> databaseOutage() {
		FilterRegistrationBean<DatabaseOutage> registration = new FilterRegistrationBean<>(new DatabaseOutage());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Just inside it: a query string that is not UTF-8 is the client's mistake (400). */
	@Bean
	FilterRegistrationBean<UnreadableParameters> unreadableParameters() {
		FilterRegistrationBean<UnreadableParameters> registration = new FilterRegistrationBean<>(
				new UnreadableParameters());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * One client's slow request bodies cannot take every worker
	 * ({@code portal.web.request-bodies-per-client}, 32 by default: a regional office
	 * behind one address never sends that many forms at the same instant, twenty officers
	 * pressing save together included, and one address holds at most 32 of Tomcat's 200
	 * workers).
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> slowClients(
			@org.springframework.beans.factory.annotation.Value("${portal.web.request-bodies-per-client:32}") int limit) {
		return (factory) -> factory.addContextValves(new SlowClients(limit));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Static files under their own paths only. Boot's default maps {@code /**} to the
	 * static folders, and with the resource chain on (WebJars' locator) every link a page
	 * writes, {@code /plans/8} as much as {@code /css/portal.css}, was then looked up in
	 * each classpath folder at every render: a third of a page's time. Boot's default
	 * mappings are off ({@code spring.web.resources.add-mappings=false}).
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/vendor/**").addResourceLocations("classpath:/static/vendor/");
		registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/");
		// browsers ask for it on every site, whatever the page links
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/");
	}

}
