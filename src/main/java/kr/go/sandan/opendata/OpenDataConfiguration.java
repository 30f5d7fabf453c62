package kr.go.sandan.opendata;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The open data's rate limit and the title of its OpenAPI description. */
@Configuration(proxyBeanMethods = false)
class OpenDataConfiguration {

	/** The licence of every dataset: 공공누리 제1유형 (attribution). */
	static final String LICENCE = "공공누리 제1유형 (KOGL Type 1: Source Indication)";

	static final String LICENCE_URL = "https://www.kogl.or.kr/info/licenseType1.do";

	/**
	 * Right after the relative-redirect filter and before security and sessions: a
	 * refused request costs neither a session lookup nor a query.
	 */
	@Bean
	FilterRegistrationBean<RateLimit> openDataRateLimit(OpenDataProperties properties) {
		FilterRegistrationBean<RateLimit> registration = new FilterRegistrationBean<>(
				new RateLimit(properties.requestsPerMinute()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	OpenAPI openDataDescription() {
		return new OpenAPI().info(new Info().title("산업단지 대개조 공공데이터 API (Industrial Complex Grand Renovation open data)")
			.version("v1")
			.description("공개된 결정만 제공합니다. Published decisions only; read-only and paged. "
					+ "Rate-limited per client address (429 with Retry-After).")
			.license(new License().name(LICENCE).url(LICENCE_URL)));
	}

}
