-- English names of the complexes where a well-known one exists (issue #17); English pages
-- show the Korean name where none is known.
alter table industrial_complex add column name_en varchar(150);

update industrial_complex c set name_en = v.name_en
from (values
    ('반월시화국가산업단지', 'Banwol-Sihwa National Industrial Complex'),
    ('창원국가산업단지', 'Changwon National Industrial Complex'),
    ('명지녹산국가산업단지', 'Myeongji-Noksan National Industrial Complex'),
    ('울산미포국가산업단지', 'Ulsan Mipo National Industrial Complex'),
    ('군산국가산업단지', 'Gunsan National Industrial Complex'),
    ('새만금국가산단', 'Saemangeum National Industrial Complex'),
    ('구미국가산단', 'Gumi National Industrial Complex'),
    ('광주첨단국가산단', 'Gwangju Cheomdan National Industrial Complex'),
    ('성서일반산단', 'Seongseo General Industrial Complex'),
    ('남동국가산단', 'Namdong National Industrial Complex'),
    ('여수국가산단', 'Yeosu National Industrial Complex')
) as v (name, name_en)
where c.name = v.name;
