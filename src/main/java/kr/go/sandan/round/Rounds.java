package kr.go.sandan.round;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program's rounds; the round module's public API. Rows are read without a
 * transaction of their own (they join the caller's when there is one: issue 18); a read
 * of records says so.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class Rounds {

	private final RoundRepository repository;

	private final JdbcClient jdbc;

	Rounds(RoundRepository repository, JdbcClient jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<ProgramRound> all() {
		return this.repository.findAllByYear();
	}

	/** Every round as a row, oldest first (one statement, no entity). */
	public List<RoundRow> rows() {
		return this.jdbc
			.sql("select id, year, ordinal, planned_designations, call_opened_on from program_round order by year")
			.query((rs, n) -> new RoundRow(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					rs.getObject(5, LocalDate.class)))
			.list();
	}

	/**
	 * A round as its public page shows it, with its indicators in their order (one
	 * statement, no entity and no transaction of its own); empty when there is none.
	 */
	public Optional<RoundSheet> sheet(long id) {
		return this.jdbc.sql("""
				select r.id, r.year, r.ordinal, r.planned_designations, r.call_opened_on, r.reported_pre_submissions,
				       r.reported_evaluator_count, r.final_confirmation_planned, i.code, i.name, i.weight
				from program_round r left join evaluation_indicator i on i.round_id = r.id
				where r.id = ?
				order by i.position""").param(id).query((ResultSet rs) -> {
			if (!rs.next()) {
				return Optional.<RoundSheet>empty();
			}
			long roundId = rs.getLong(1);
			int year = rs.getInt(2);
			int ordinal = rs.getInt(3);
			int planned = rs.getInt(4);
			LocalDate callOpenedOn = rs.getObject(5, LocalDate.class);
			Integer preSubmissions = rs.getObject(6, Integer.class);
			Integer evaluators = rs.getObject(7, Integer.class);
			String finalConfirmation = rs.getString(8);
			List<RoundSheet.Indicator> indicators = new ArrayList<>();
			do {
				String code = rs.getString(9);
				if (code != null) {
					indicators.add(new RoundSheet.Indicator(code, rs.getString(10), rs.getBigDecimal(11)));
				}
			}
			while (rs.next());
			return Optional.of(new RoundSheet(roundId, year, ordinal, planned, callOpenedOn, preSubmissions, evaluators,
					(finalConfirmation != null) ? YearMonth.parse(finalConfirmation) : null, List.copyOf(indicators)));
		});
	}

}
