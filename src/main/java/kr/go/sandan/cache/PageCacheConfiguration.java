package kr.go.sandan.cache;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.go.sandan.audit.DataGeneration;

/**
 * Puts the {@link PublicPageCache} and the {@link ReaderPageCache} after Spring
 * Security's filters (which write the security headers of every response) and Spring
 * Session's. On unless {@code portal.page-cache.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicPageCache.Settings.class)
@ConditionalOnProperty(name = "portal.page-cache.enabled", havingValue = "true", matchIfMissing = true)
class PageCacheConfiguration {

	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCache(DataGeneration generation,
			PublicPageCache.Settings settings) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(
				new PublicPageCache(generation, settings));
		registration.addUrlPatterns("/*");
		// Spring Security's chain is registered at -100; this runs after it
		registration.setOrder(0);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ReaderPageCache> readerPageCache(DataGeneration generation,
			PublicPageCache.Settings settings) {
		FilterRegistrationBean<ReaderPageCache> registration = new FilterRegistrationBean<>(
				new ReaderPageCache(generation, settings.maxBytes() / 2));
		registration.addUrlPatterns("/ministry/*");
		registration.setOrder(1);
		return registration;
	}

}
