package kr.go.sandan.opendata;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the open data: how many API calls and CSV downloads one client address may
 * make per minute ({@code portal.open-data.requests-per-minute}, default 120), and the
 * largest page the API answers ({@code portal.open-data.max-page-size}, default 100).
 */
@Validated
@ConfigurationProperties("portal.open-data")
public record OpenDataProperties(@Min(1) Integer requestsPerMinute, @Min(1) Integer maxPageSize) {

	public OpenDataProperties {
		requestsPerMinute = (requestsPerMinute != null) ? requestsPerMinute : 120;
		maxPageSize = (maxPageSize != null) ? maxPageSize : 100;
	}

}
