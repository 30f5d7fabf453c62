package kr.go.sandan.complex;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ComplexRepository extends Repository<IndustrialComplex, Long> {

	String ROW = "new kr.go.sandan.complex.ComplexRow(c.id, c.name, c.nameEn, c.type, r.id, sg.year, sg.announcedOn, c.proposed)";

	String FILTER = """
			from IndustrialComplex c
			join c.region r
			left join SmartGreenDesignation sg on sg.complex = c and sg.published = true
			where (:regionCode is null or r.code = :regionCode)
			  and (c.proposed = false or :allProposals = true or r.code = :proposalsOf)
			  and (:type is null or c.type = :type)
			  and (:smartGreen is null or (:smartGreen = true and sg.id is not null) or (:smartGreen = false and sg.id is null))
			  and (:name = '' or lower(c.name) like :name escape '!' or lower(coalesce(c.nameEn, '')) like :name escape '!')
			""";

	@Query(value = "select " + ROW + " " + FILTER + " order by r.position, c.name",
			countQuery = "select count(c) " + FILTER)
	Page<ComplexRow> search(String regionCode, ComplexType type, Boolean smartGreen, boolean allProposals,
			String proposalsOf, String name, Pageable pageable);

	@Query("select c from IndustrialComplex c where c.region.code = :regionCode and c.name = :name")
	java.util.Optional<IndustrialComplex> findByName(String regionCode, String name);

	@Query("select a from LinkedArea a where a.region.code = :regionCode and a.name = :name")
	java.util.Optional<LinkedArea> findAreaByName(String regionCode, String name);

	IndustrialComplex save(IndustrialComplex complex);

	@Query("select c from IndustrialComplex c where c.region.code = :regionCode and c.id = :id")
	java.util.Optional<IndustrialComplex> findInRegion(String regionCode, long id);

	@Query("select c from IndustrialComplex c where c.id in :ids and c.proposed = true")
	List<IndustrialComplex> findProposed(Collection<Long> ids);

	@Query("select a from LinkedArea a where a.id in :ids and a.proposed = true")
	List<LinkedArea> findProposedAreas(Collection<Long> ids);

	@Query("select sg.year from SmartGreenDesignation sg where sg.published = true")
	List<Integer> smartGreenYears();

	@Query("select sg from SmartGreenDesignation sg join fetch sg.complex where sg.meetingId = :meetingId order by sg.id")
	List<SmartGreenDesignation> findSmartGreenByMeeting(long meetingId);

	@Query("select sg.complex.id from SmartGreenDesignation sg where sg.complex.id in :complexIds")
	List<Long> findSmartGreenComplexIds(Collection<Long> complexIds);

	SmartGreenDesignation save(SmartGreenDesignation designation);

	java.util.Optional<IndustrialComplex> findById(long id);

	@Query("select p from SmartGreenPlan p order by p.year")
	List<SmartGreenPlan> smartGreenPlan();

}
