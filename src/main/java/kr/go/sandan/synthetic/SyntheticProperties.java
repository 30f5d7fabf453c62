package kr.go.sandan.synthetic;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Synthetic data at start-up, for benchmarks: off unless the {@code synthetic} profile
 * (application-synthetic.properties) turns it on.
 *
 * @param enabled generate at start-up when the data is not there yet
 * @param seed the seed of every random choice
 * @param firstYear the first round's year
 * @param years how many yearly rounds
 */
@Validated
@ConfigurationProperties("portal.synthetic")
public record SyntheticProperties(@DefaultValue("false") boolean enabled, @DefaultValue("20260101") long seed,
		@Min(2000) @Max(9000) @DefaultValue("2023") int firstYear, @Min(1) @Max(100) @DefaultValue("10") int years) {

	SyntheticSpec spec() {
		return new SyntheticSpec(this.seed, this.firstYear, this.years);
	}

}
