package kr.go.sandan;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages depend on each other only through their public APIs, without
 * cycles.
 */
class ModularityTest {

	@Test
	void modulesAreWellFormed() {
		ApplicationModules.of(SandanPortalApplication.class).verify();
	}

}
