package kr.go.sandan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * 산업단지 대개조 포털: the portal of the Industrial Complex Grand Renovation program.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SandanPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(SandanPortalApplication.class, args);
	}

}
