package kr.go.sandan.synthetic;

/**
 * What {@link SyntheticProgram} generates: every region submits a plan in each of
 * {@code years} rounds from {@code firstYear} on, and everything is drawn from
 * {@code seed}, so that the same spec gives the same content.
 *
 * @param seed the seed of every random choice
 * @param firstYear the year of the first round (the release's rounds are 2020–2022)
 * @param years how many yearly rounds
 * @param projectsPerPlan requested projects in each plan
 * @param evaluators evaluators on each round's committee, each scoring every plan
 * @param selectedPerRound plans selected, confirmed and designated in each round (the
 * best by score)
 * @param complexesPerRegion industrial complexes made for each region, among which plans
 * pick their hub and linked complexes
 */
public record SyntheticSpec(long seed, int firstYear, int years, int projectsPerPlan, int evaluators,
		int selectedPerRound, int complexesPerRegion) {

	/** The 17 시·도. */
	static final int REGIONS = 17;

	public SyntheticSpec {
		if (firstYear < 2000 || years < 1 || firstYear + years > 10000) {
			throw new IllegalArgumentException("years out of range: " + firstYear + " + " + years);
		}
		if (projectsPerPlan < 1 || projectsPerPlan > 500) {
			throw new IllegalArgumentException("projectsPerPlan must be 1–500: " + projectsPerPlan);
		}
		if (evaluators < 1 || evaluators > 99) {
			throw new IllegalArgumentException("evaluators must be 1–99: " + evaluators);
		}
		if (selectedPerRound < 1 || selectedPerRound > REGIONS) {
			throw new IllegalArgumentException("selectedPerRound must be 1–17: " + selectedPerRound);
		}
		if (complexesPerRegion < 5 || complexesPerRegion > 500) {
			// a hub and up to four linked complexes
			throw new IllegalArgumentException("complexesPerRegion must be 5–500: " + complexesPerRegion);
		}
	}

	/**
	 * The program's usual shape: about 50 projects per plan, 9 evaluators, 5 regions
	 * selected a year, 60 complexes per region.
	 */
	public SyntheticSpec(long seed, int firstYear, int years) {
		this(seed, firstYear, years, 50, 9, 5, 60);
	}

	/** Ten years of rounds after the release's: 2023–2032. */
	public static SyntheticSpec tenYears(long seed) {
		return new SyntheticSpec(seed, 2023, 10);
	}

	/** The year of the last round. */
	public int lastYear() {
		return this.firstYear + this.years - 1;
	}

}
