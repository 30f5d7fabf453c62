package kr.go.sandan.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The program's rounds; the round module's public API. */
@Service
@Transactional(readOnly = true)
public class Rounds {

	private final RoundRepository repository;

	private final JdbcClient jdbc;

	Rounds(RoundRepository repository, JdbcClient jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	public List<ProgramRound> all() {
		return this.repository.findAllByYear();
	}

	/** Every round as a row, oldest first (one statement, no entity). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RoundRow> rows() {
		return this.jdbc
			.sql("select id, year, ordinal, planned_designations, call_opened_on from program_round order by year")
			.query((rs, n) -> new RoundRow(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					rs.getObject(5, LocalDate.class)))
			.list();
	}

	/** A round with its evaluation indicators (one query). */
	public Optional<ProgramRound> withIndicators(long id) {
		return this.repository.findWithIndicators(id);
	}

}
