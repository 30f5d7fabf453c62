package kr.go.sandan.synthetic;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Generates the synthetic program once at start-up when {@code portal.synthetic.enabled}
 * (the {@code synthetic} profile), then lets the portal run on it. A database that has
 * the data already is left as it is.
 */
@Component
@ConditionalOnProperty(prefix = "portal.synthetic", name = "enabled", havingValue = "true")
class SyntheticDataRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SyntheticDataRunner.class);

	private final SyntheticProgram program;

	private final SyntheticProperties properties;

	private final SyntheticCompaction compaction;

	SyntheticDataRunner(SyntheticProgram program, SyntheticProperties properties, SyntheticCompaction compaction) {
		this.program = program;
		this.properties = properties;
		this.compaction = compaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		SyntheticSpec spec = this.properties.spec();
		if (this.program.isGenerated(spec)) {
			log.info("Synthetic data for {}–{} is already there (its seed is not compared): nothing generated",
					spec.firstYear(), spec.lastYear());
			return;
		}
		log.info("Generating synthetic data: seed {}, rounds {}–{}, {} projects per plan, {} evaluators", spec.seed(),
				spec.firstYear(), spec.lastYear(), spec.projectsPerPlan(), spec.evaluators());
		SyntheticProgram.Summary summary = this.program.generate(spec);
		StringBuilder rows = new StringBuilder();
		summary.rows()
			.forEach((table, count) -> rows.append(String.format(Locale.ROOT, "%n  %-24s %,9d", table, count)));
		log.info("Synthetic data generated in {} s: {} rounds, {} plans, {} rows{}",
				String.format(Locale.ROOT, "%.1f", summary.elapsed().toMillis() / 1000.0), summary.roundIds().size(),
				summary.planIds().size(), String.format(Locale.ROOT, "%,d", summary.totalRows()), rows);
		long compacting = System.nanoTime();
		try {
			List<String> skipped = this.compaction.compact();
			if (skipped.isEmpty()) {
				log.info("Tables the generation rewrote row by row compacted in {} s: {}",
						String.format(Locale.ROOT, "%.1f", (System.nanoTime() - compacting) / 1e9),
						SyntheticCompaction.TABLES);
			}
			else {
				log.warn("Tables the generation rewrote row by row left as they are (reads will be slower): {}",
						skipped);
			}
		}
		catch (java.sql.SQLException ex) {
			log.warn("Tables the generation rewrote row by row could not be compacted (reads will be slower)", ex);
		}
	}

}
