from __future__ import annotations

import pytest

from extract import Extractor


def names(extractor: Extractor, text: str) -> dict[str, str]:
    return {org.name: org.kind.value for org in extractor.extract(text).organizations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Hefei Municipal Bureau of Commerce signed the deal.",
            {"Hefei Municipal Bureau of Commerce": "government"},
        ),
        ("Officials from the Wuxi Management Committee attended.", {"Wuxi Management Committee": "government"}),
        ("Shandong Hi-Speed Group will build the line.", {"Shandong Hi-Speed Group": "company"}),
        (
            "Researchers at the University of Science and Technology of China said so.",
            {"University of Science and Technology of China": "university"},
        ),
        (
            "It was approved by the Ministry of Industry and Information Technology.",
            {"Ministry of Industry and Information Technology": "government"},
        ),
        ("The Ordos municipal government announced the plan.", {"Ordos municipal government": "government"}),
        ("Tenants of Zhangjiang Science Park grew fast.", {"Zhangjiang Science Park": "park_or_zone"}),
        (
            "Carmakers such as Leapmotor, Seres and Voyah expanded.",
            {"Leapmotor": "company", "Seres": "company", "Voyah": "company"},
        ),
        ("The fund is backed by Hongshan Capital Group.", {"Hongshan Capital Group": "company"}),
        (
            "Jiangsu Provincial Academy of Agricultural Sciences bred the rice.",
            {"Jiangsu Provincial Academy of Agricultural Sciences": "research_institute"},
        ),
        ("The report appeared in the Changjiang Daily on Monday.", {"Changjiang Daily": "media"}),
        ("The Qingdao Chamber of Commerce hosted the forum.", {"Qingdao Chamber of Commerce": "association"}),
        ("Tenants of Tianfu International Bio-Town grew.", {"Tianfu International Bio-Town": "park_or_zone"}),
        ("A workshop of CITIC Heavy Industries Co., Ltd. opened.", {"CITIC Heavy Industries Co., Ltd": "company"}),
        ("Ships came from Kawasaki Heavy Industries last year.", {"Kawasaki Heavy Industries": "company"}),
        (
            "Doctors from West China Hospital of Sichuan University joined.",
            {"West China Hospital of Sichuan University": "other"},
        ),
        (
            "The Xiamen Area of China (Fujian) Pilot Free Trade Zone grew.",
            {"Xiamen Area of China (Fujian) Pilot Free Trade Zone": "park_or_zone"},
        ),
        ("The group moved its subsidiary Meihua Tech to Laoting.", {"Meihua Tech": "company"}),
        ("The park drew packaging supplier Tetra Pak last year.", {"Tetra Pak": "company"}),
        ("Firms in the Guilin National High-tech Zone grew.", {"Guilin National High-tech Zone": "park_or_zone"}),
        (
            "Tourism revenue rose, according to the Ningbo Culture, Radio, Television and Tourism Bureau.",
            {"Ningbo Culture, Radio, Television and Tourism Bureau": "government"},
        ),
        ("Xiaomi, Huawei and ZTE Group grew.", {"Xiaomi": "company", "Huawei": "company", "ZTE Group": "company"}),
        (
            "Returnees moved into the Fuzhou Overseas Students Pioneer Park and Ruijie Networks grew.",
            {"Fuzhou Overseas Students Pioneer Park": "park_or_zone", "Ruijie Networks": "company"},
        ),
        (
            "Officials agreed. Northeast Petroleum University and Daqing Oilfield opened a laboratory.",
            {"Northeast Petroleum University": "university", "Daqing Oilfield": "company"},
        ),
        ("It bought a stake in Canada's Ballard Power Systems.", {"Ballard Power Systems": "company"}),
        (
            "The National Innovation Center of Advanced Rail Transit Equipment opened.",
            {"National Innovation Center of Advanced Rail Transit Equipment": "research_institute"},
        ),
        (
            "Firms such as Xiamen Airlines and Singapore's Sembcorp grew.",
            {"Xiamen Airlines": "company", "Sembcorp": "company"},
        ),
        (
            "It runs labs with Henan University of Science and Technology and LYC.",
            {"Henan University of Science and Technology": "university"},
        ),
        (
            "The Chengdu Municipal Bureau of Economy and Information Technology and Chengdu Hi-tech Investment Group"
            " set up a fund.",
            {
                "Chengdu Municipal Bureau of Economy and Information Technology": "government",
                "Chengdu Hi-tech Investment Group": "company",
            },
        ),
        (  # a parenthesized short form made of the name's own words is an alias, not a second company
            "It was built by Shaanxi Coal and Chemical Industry Group (Shaanxi Coal Group). Shaanxi Coal Group said so.",
            {"Shaanxi Coal and Chemical Industry Group": "company"},
        ),
        (  # "Group" does not close the name: the words after it go on naming one company
            "Pangang Group Vanadium and Titanium Resources Co said output rose.",
            {"Pangang Group Vanadium and Titanium Resources Co": "company"},
        ),
        (  # "and" inside a research center's name, as in other designators' names
            "The Pu'er Municipal Tea and Coffee Industry Development Center said prices rose.",
            {"Pu'er Municipal Tea and Coffee Industry Development Center": "research_institute"},
        ),
        (
            "Peking University and Beijing Genomics Research Center signed.",
            {"Peking University": "university", "Beijing Genomics Research Center": "research_institute"},
        ),
        (  # a bonded logistics center is a customs zone, not a logistics company
            "Goods cleared through the Ulanqab Qisumu Bonded Logistics Center rose.",
            {"Ulanqab Qisumu Bonded Logistics Center": "park_or_zone"},
        ),
        (  # "Children's" inside a name found by its context
            "Companies such as Hebei Lanchi Children's Products and Xingtai Aoyu Bicycle opened offices.",
            {"Hebei Lanchi Children's Products": "company", "Xingtai Aoyu Bicycle": "company"},
        ),
        ('"Oracle bones are our calling card," he said.', {}),  # a known name that is a common word opening a quote
        ("Zhaoliqiao Tea Factory, founded in 1953, exports tea.", {"Zhaoliqiao Tea Factory": "company"}),
        ("China Resources Power runs the plant.", {"China Resources Power": "company"}),
        ("It is a unit of Asia Pulp & Paper, the paper group.", {"Asia Pulp & Paper": "company"}),
        ("Since then 361 Degrees has put 18 lines into use.", {"361 Degrees": "company"}),  # a known name
        ("Fossils include the giant Gigantoraptor, named in 2007.", {}),  # "giant" as a size
        (
            "Scientists at the Shapotou Desert Research and Experiment Station planted grass.",
            {"Shapotou Desert Research and Experiment Station": "research_institute"},
        ),
        ("Alxa League has planted saxaul on the dunes.", {}),  # a league is Inner Mongolia's prefecture
        (  # an institute "of the" known academy it belongs to: two organizations
            "Researchers from the Harbin Veterinary Research Institute of the Chinese Academy of Agricultural"
            " Sciences (CAAS) said so.",
            {
                "Harbin Veterinary Research Institute": "research_institute",
                "Chinese Academy of Agricultural Sciences": "research_institute",
            },
        ),
        (  # other bodies keep what follows "of the" in their names
            "The Food and Agriculture Organization of the United Nations said so.",
            {"Food and Agriculture Organization of the United Nations": "other"},
        ),
        (  # a place written before a known company's name is part of it
            "Plants in Chengdu are run by FAW-Volkswagen and Sichuan FAW Toyota.",
            {"FAW-Volkswagen": "company", "Sichuan FAW Toyota": "company"},
        ),
        ("It hired express delivery giant Zhongtong Express.", {"Zhongtong Express": "company"}),
        (  # a list may be cut by semicolons; "Technology" closes a company's name
            "Anchor firms include Luxshare Precision Industry; Holitech Technology, a display module maker;"
            " and Red Board Technology, a circuit board producer.",
            {
                "Luxshare Precision Industry": "company",
                "Holitech Technology": "company",
                "Red Board Technology": "company",
            },
        ),
        ("More than 400 homestays run by Kazakh and Tuvan families offer rides.", {}),
        ("Shares rose on the Shanghai Futures Exchange.", {"Shanghai Futures Exchange": "other"}),
        (  # a known name opens each side of the "and": two companies
            "Sany Renewable Energy and Goldwind Science & Technology Co have opened plants.",
            {"Sany Renewable Energy": "company", "Goldwind Science & Technology Co": "company"},
        ),
        (
            "Guangzhou Pharmaceutical Holdings Ltd (GPHL) and Livzon Pharmaceutical Group signed.",
            {"Guangzhou Pharmaceutical Holdings Ltd": "company", "Livzon Pharmaceutical Group": "company"},
        ),
        (
            "Yushan Island is home to the Zhoushan Green Petrochemical Base.",
            {"Zhoushan Green Petrochemical Base": "park_or_zone"},
        ),
        (
            "Guangdong Ocean University and processor Guolian Aquatic Products bred it.",
            {"Guangdong Ocean University": "university", "Guolian Aquatic Products": "company"},
        ),
        ("Coal came from Lu'an Chemical Group, which owns mines.", {"Lu'an Chemical Group": "company"}),
        ("Doctors from Beijing Children's Hospital came.", {"Beijing Children's Hospital": "other"}),
        ("Crowds visit the Zigong Salt History Museum every spring.", {"Zigong Salt History Museum": "other"}),
        ("Designers work at the Putian Footwear Design Center downtown.", {"Putian Footwear Design Center": "other"}),
        (
            "The line was built by China Railway 14th Bureau Group last year.",
            {"China Railway 14th Bureau Group": "company"},
        ),
        (
            "Printers are made in the Weinan 3D Printing Industrial Park.",
            {"Weinan 3D Printing Industrial Park": "park_or_zone"},
        ),
        (
            "Students enrol at Huaiyin Institute of Technology every autumn.",
            {"Huaiyin Institute of Technology": "university"},
        ),
        (
            "Hubei University of Automotive Technology and DFCV have set up a joint laboratory for trucks.",
            {"Hubei University of Automotive Technology": "university"},
        ),
        (
            "Carbon credits trade at the Haixia Equity Exchange Center in Fuzhou.",
            {"Haixia Equity Exchange Center": "other"},
        ),
        (
            "Xinjiang Goldwind Science & Technology Co Ltd (Goldwind) and Sany Renewable Energy build turbines.",
            {"Xinjiang Goldwind Science & Technology Co Ltd": "company", "Sany Renewable Energy": "company"},
        ),
        (  # a legal form at the end makes a company, whatever the words before it
            "It works with Zhonghao Chenguang Research Institute of Chemical Industry Co Ltd on resins.",
            {"Zhonghao Chenguang Research Institute of Chemical Industry Co Ltd": "company"},
        ),
        (
            "The China (Shaoxing) Intellectual Property Protection Center registered 2,400 patterns.",
            {"China (Shaoxing) Intellectual Property Protection Center": "government"},
        ),
        ("The Anhui Provincial Women's Federation helped.", {"Anhui Provincial Women's Federation": "association"}),
        (
            "GEM and Jingchu University of Technology run a center.",  # not "GEM and Jingchu University"
            {"Jingchu University of Technology": "university"},
        ),
        (
            "A center run by the Shandong Institute of Medical Device and Pharmaceutical Packaging Inspection opened.",
            {"Shandong Institute of Medical Device and Pharmaceutical Packaging Inspection": "research_institute"},
        ),
        (
            "Processors work with the International Bamboo and Rattan Organization.",
            {"International Bamboo and Rattan Organization": "other"},
        ),
        (  # a sentence ends after "Co." before a capitalized word: two companies, not one name
            "Suppliers such as Weihai Guangwei Composites Co. Huanghai Shipbuilding Co delivered 14 vessels.",
            {"Weihai Guangwei Composites Co": "company", "Huanghai Shipbuilding Co": "company"},
        ),
    ],
)
def test_structural_and_context_patterns(extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    assert names(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tianjin and Beijing deepened ties with Hebei.",
        "Baodi District attracted investors.",
        "Liugong Island drew tourists.",  # a known company's name inside a place's name
        "The park was backed by Chinese Filipino investors.",  # nationalities describing people
        "It is a joint venture with Indonesian partners, into steel.",
        "It is housed in a guild hall built by Qing Dynasty salt merchants, and more.",  # a period
        "Orchards are led by Danling county's tangors, as well as kiwifruit.",  # a place before "county"
        "In Shenqiu and Taikang counties, 600 firms make wigs.",  # places before "counties"
        "It supplies raw material for polylactic acid (PLA) to straw makers.",  # PLA, a material here
        "The Science Town opened in May.",
        "Party secretary of Tianjin Chen Min visited.",
        "The Belt and Road Initiative turned ten.",
        "The Management Committee met on Monday.",
        "The base was co-founded by Li Zexiang, a professor.",  # a person, found by context
        "The line puts it within 30 minutes of Shenzhen's Qianhai area.",  # a zone's name used for the place
    ],
)
def test_places_titles_and_initiatives_are_not_organizations(extractor: Extractor, text: str) -> None:
    assert names(extractor, text) == {}


def test_acronym_and_short_form_merge_into_one_organization(extractor: Extractor) -> None:
    text = (
        "The Suzhou Nanofabrication Institute (SNI) opened a lab. "
        "SNI will hire 50 engineers. Later, Suzhou Nanofabrication Institute expanded."
    )
    [org] = extractor.extract(text).organizations
    assert org.name == "Suzhou Nanofabrication Institute"
    assert org.aliases == ["SNI"]
    assert len(org.mentions) == 4
    assert {m.rule for m in org.mentions} == {"org.designator.research_institute", "org.alias"}


def test_legal_suffix_short_form_is_an_alias(extractor: Extractor) -> None:
    text = "Hengtong Optic-Electric Co Ltd opened a plant. Hengtong Optic-Electric employs 900 people."
    [org] = extractor.extract(text).organizations
    assert org.name == "Hengtong Optic-Electric Co Ltd"
    assert org.aliases == ["Hengtong Optic-Electric"]


def test_leading_the_and_possessive_are_trimmed(extractor: Extractor) -> None:
    text = "The Zhenjiang Port Authority's new berth opened."
    [org] = extractor.extract(text).organizations
    assert org.name == "Zhenjiang Port Authority"
    assert org.mentions[0].text == "Zhenjiang Port Authority"


def test_gazetteer_finds_names_without_designators(extractor: Extractor) -> None:
    found = names(extractor, "Huawei and Tencent opened offices, and Xinhua reported it.")
    assert found.get("Huawei") == "company"
    assert found.get("Tencent") == "company"
    assert "Xinhua" in found or "Xinhua News Agency" in found


def test_a_parenthesized_short_form_is_the_organization_not_a_known_name_inside_it(extractor: Extractor) -> None:
    record = extractor.extract("A plant of CITIC Heavy Industries Co., Ltd. (CITIC HIC) opened. CITIC HIC grew.")
    [organization] = record.organizations
    assert organization.aliases == ["CITIC HIC"]
    assert [m.text for m in organization.mentions] == ["CITIC Heavy Industries Co., Ltd.", "CITIC HIC", "CITIC HIC"]


def test_a_known_short_name_joins_its_long_form(extractor: Extractor) -> None:
    text = "China Northern Rare Earth (Group) High-Tech Co Ltd grew. Northern Rare Earth hired 300 engineers."
    assert [org.name for org in extractor.extract(text).organizations] == [
        "China Northern Rare Earth (Group) High-Tech Co Ltd"
    ]


def test_the_uncommon_word_after_the_place_joins_its_organization(extractor: Extractor) -> None:
    text = "Shandong Huaguang Ceramics Group built a kiln. Firms including Dongyue and Huaguang joined."
    names_found = [org.name for org in extractor.extract(text).organizations]
    assert "Huaguang" not in names_found
    assert "Shandong Huaguang Ceramics Group" in names_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Huanxin" is cut from "Huanxin and Hefei University of Technology", a university rule's match
            "Makers include Anhui Huanxin Group, a piston maker."
            " Huanxin and Hefei University of Technology have set up a laboratory.",
            {
                "Anhui Huanxin Group": ("company", ["Huanxin"]),
                "Hefei University of Technology": ("university", []),
            },
        ),
        (  # a known parent's name before a subsidiary's name is dropped in its short form
            "Sinopec Shengli Oilfield Co drilled 40 wells. Shengli Oilfield also built solar farms.",
            {"Sinopec Shengli Oilfield Co": ("company", ["Shengli Oilfield"])},
        ),
        (  # one uncommon word in parentheses is a company's short name
            "Aluminum Corporation of China (Chalco), Xinfa Group and Huayin Aluminium Co expanded. Chalco built a plant.",
            {
                "Aluminum Corporation of China": ("company", ["Chalco"]),
                "Xinfa Group": ("company", []),
                "Huayin Aluminium Co": ("company", []),
            },
        ),
        (  # "Steel" inside "(Shandong Steel)" is a designator: the longest match ends there, unbalanced
            "It stands by Shandong Iron and Steel Group Co (Shandong Steel), with a capacity of 8.5 million tons.",
            {"Shandong Iron and Steel Group Co": ("company", ["Shandong Steel"])},
        ),
        (  # the one name word of a descriptive company name joins it
            "A Jinko Solar Co Ltd plant opened. Jinko and Nanchang University opened a joint laboratory on cells.",
            {"Jinko Solar Co Ltd": ("company", ["Jinko"]), "Nanchang University": ("university", [])},
        ),
        (  # a joint venture named after its two parents is neither of them
            "Aluminum Corporation of China (Chinalco) and local firm Huaibei Hongyuan Aluminum formed a joint venture,"
            " Anhui Chinalco Hongyuan Lightweight Materials Co.",
            {
                "Aluminum Corporation of China": ("company", ["Chinalco"]),
                "Huaibei Hongyuan Aluminum": ("company", []),
                "Anhui Chinalco Hongyuan Lightweight Materials Co": ("company", []),
            },
        ),
        (  # the uncommon word after the place, even when another follows it
            "The cluster is led by Hebei Yangyuan ZhiHui Beverage Co, the walnut milk maker."
            " Yangyuan and Hebei Agricultural University set up an institute.",
            {
                "Hebei Yangyuan ZhiHui Beverage Co": ("company", ["Yangyuan"]),
                "Hebei Agricultural University": ("university", []),
            },
        ),
        (  # the last of two trades after the place: "Iron and Steel" -> "Steel"
            "Anyang Iron and Steel Group Co spent 6.5 billion yuan. Special steel is 45 percent of Anyang Steel's output.",
            {"Anyang Iron and Steel Group Co": ("company", ["Anyang Steel"])},
        ),
    ],
)
def test_short_names_join_their_organization(
    extractor: Extractor, text: str, expected: dict[str, tuple[str, list[str]]]
) -> None:
    found = {org.name: (org.kind.value, org.aliases) for org in extractor.extract(text).organizations}
    assert found == expected


def test_whole_doc_name_parts_equal_the_token_test(extractor: Extractor) -> None:
    from extract.organizations import is_org_name_part, org_name_parts

    from .conftest import SAMPLES

    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))[:20]]
    texts += ["", "A", "Hi-tech", "x - y", "A-b-c", "iFlytek-made chips (Hefei) & Co"]
    for text in texts:
        doc = extractor.nlp.make_doc(text)
        assert org_name_parts(doc) == [is_org_name_part(token) for token in doc], text[:40]
