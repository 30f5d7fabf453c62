package kr.go.sandan.complex;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ComplexRepository extends Repository<IndustrialComplex, Long> {

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

	@Query("select sg from SmartGreenDesignation sg join fetch sg.complex where sg.meetingId = :meetingId order by sg.id")
	List<SmartGreenDesignation> findSmartGreenByMeeting(long meetingId);

	@Query("select sg.complex.id from SmartGreenDesignation sg where sg.complex.id in :complexIds")
	List<Long> findSmartGreenComplexIds(Collection<Long> complexIds);

	SmartGreenDesignation save(SmartGreenDesignation designation);

	java.util.Optional<IndustrialComplex> findById(long id);

}
