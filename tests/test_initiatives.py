from __future__ import annotations

import pytest

from extract import Extractor, InitiativeType

# label: (sentences that mention it, sentences with its cue words that must not fire)
CASES: dict[str, tuple[list[str], list[str]]] = {
    "development_zone": (
        [
            "The science park hosts 300 firms.",
            "A new high-tech zone opened in Wuhu.",
            "The economic and technological development zone grew.",
        ],
        ["She parked the car.", "The zone of the fire was closed."],
    ),
    "free_trade_zone": (
        [
            "The pilot free trade zone eased rules.",
            "Goods enter the comprehensive bonded zone.",
            "Hainan is building a free port.",
        ],
        ["Trade talks resumed.", "The zone was quiet."],
    ),
    "business_incubator": (
        [
            "The district set up two business incubators.",
            "A maker space opened downtown.",
            "Startups joined the accelerator.",
        ],
        ["The business grew.", "Eggs hatch in the warmth."],
    ),
    "technology_transfer": (
        [
            "It speeds up the transformation of scientific and technological achievements.",
            "A proof-of-concept center opened.",
            "The office handles technology transfer.",
        ],
        ["The transformation of the street took years.", "The concept car was shown."],
    ),
    "technology_services": (
        [
            "The technology service industry grew.",
            "An enterprise service platform launched.",
            "Firms get testing and certification help.",
        ],
        ["The church service was long.", "Bus services resumed."],
    ),
    "intellectual_property": (
        ["An intellectual property protection center opened.", "Firms filed 500 patents.", "Trademark cases fell."],
        ["The property market cooled.", "He is intelligent."],
    ),
    "innovation_platform": (
        [
            "It built a state key laboratory.",
            "The firm opened an R&D center.",
            "An engineering research center was approved.",
        ],
        ["The center of the city was crowded.", "Research takes time."],
    ),
    "industry_academia_cooperation": (
        [
            "It promotes cooperation between enterprises and universities.",
            "An industry-university-research alliance formed.",
            "The two set up a joint laboratory.",
        ],
        ["Cooperation between the cities deepened.", "The university opened a gym."],
    ),
    "industry_chain": (
        ["It is building a complete industry chain.", "The supply chain recovered.", "An industrial cluster formed."],
        ["The chain store closed.", "He wore a gold chain."],
    ),
    "investment_project": (
        [
            "The city signed 56 investment projects.",
            "Major projects broke ground.",
            "Investment promotion events were held.",
        ],
        ["The school project was fun.", "Investors were cautious."],
    ),
    "regional_coordination": (
        [
            "It advances coordinated development in the region.",
            "The relocation of non-capital functions continued.",
            "The Chengdu-Chongqing economic circle expanded.",
        ],
        ["Development was slow.", "The circle of friends met."],
    ),
    "infrastructure": (
        [
            "It upgrades infrastructure.",
            "A new high-speed railway opened.",
            "It adds parks, camping bases, libraries and restaurants.",
        ],
        ["The infra team met.", "He parked outside."],
    ),
    "public_services": (
        ["A new hospital opened.", "Elderly care services expanded.", "Affordable housing was built."],
        ["The public was invited.", "Services resumed at the church."],
    ),
    "smart_city": (
        [
            "It develops smart scenarios like intelligent networking and smart energy.",
            "A data center went online.",
            "The digital economy grew.",
        ],
        ["She is smart.", "The data was wrong."],
    ),
    "intelligent_connected_vehicles": (
        [
            "It opened an intelligent connected vehicle demonstration route.",
            "Autonomous driving tests began.",
            "Robotaxis carry passengers.",
        ],
        ["The vehicle was parked.", "Driving lessons are popular."],
    ),
    "green_development": (
        [
            "A photovoltaic plant opened.",
            "Green hydrogen output rose.",
            "It targets carbon neutrality.",
            "Wind power capacity doubled.",
            "It builds offshore wind installation vessels.",
        ],
        [
            "The green door opened.",
            "Energy drinks sold well.",
            "The scenic highway winds through the range.",
            "Winding roads lead up the mountain.",  # "winding" and "wound" have the lemma "wind"
        ],
    ),
    "talent_program": (
        ["The city offers talent apartments.", "It attracts high-level talents.", "Vocational training expanded."],
        ["She has a talent for music.", "The apartment was small."],
    ),
    "financial_support": (
        ["A guidance fund was set up.", "Firms receive subsidies.", "Tax incentives were extended."],
        ["The fun fair opened.", "Taxis were busy."],
    ),
    "tourism_culture": (
        ["Tourism revenue rose.", "The scenic area reopened.", "The festival drew crowds."],
        ["He turned around.", "The area was flooded."],
    ),
    "industrial_upgrading": (
        [
            "It promotes industrial upgrading.",
            "Intelligent manufacturing spread.",
            "It develops new productive forces.",
        ],
        ["The phone upgrade failed.", "Manufacturing jobs fell."],
    ),
    "rural_revitalization": (
        ["It advances rural revitalization.", "Homestays are popular.", "Modern agriculture grew."],
        ["The rural road was muddy.", "Agriculture is old."],
    ),
    "international_cooperation": (
        [
            "Under the Belt and Road Initiative, trade grew.",
            "China-Europe freight trains ran.",
            "Overseas warehouses opened.",
        ],
        ["The road was closed.", "The train was late."],
    ),
}


def test_every_label_has_cases() -> None:
    assert set(CASES) == {label.value for label in InitiativeType}
    for positives, negatives in CASES.values():
        assert len(positives) >= 3 and len(negatives) >= 2


def _types(extractor: Extractor, text: str) -> set[str]:
    return {i.type.value for i in extractor.extract(text).initiatives}


POSITIVE = [(label, text) for label, (pos, _) in CASES.items() for text in pos]
NEGATIVE = [(label, text) for label, (_, neg) in CASES.items() for text in neg]


@pytest.mark.parametrize(("label", "text"), POSITIVE)
def test_label_fires_in_context(extractor: Extractor, label: str, text: str) -> None:
    assert label in _types(extractor, text)


@pytest.mark.parametrize(("label", "text"), NEGATIVE)
def test_lone_cue_word_does_not_fire(extractor: Extractor, label: str, text: str) -> None:
    assert label not in _types(extractor, text)


@pytest.mark.parametrize(
    "text",
    ["The State-owned company grew.", "Taiwan-funded enterprises expanded.", "Hong Kong-funded firms invested."],
)
def test_domestic_funding_is_not_international(extractor: Extractor, text: str) -> None:
    assert "international_cooperation" not in _types(extractor, text)


def test_coordinated_facilities_are_one_mention(extractor: Extractor) -> None:
    text = "It enhances community infrastructure with parks, camping bases, libraries, and restaurants."
    mentions = [i for i in extractor.extract(text).initiatives if i.text.startswith("parks")]
    assert [m.text for m in mentions] == ["parks, camping bases, libraries, and restaurants"]
    assert mentions[0].type is InitiativeType.INFRASTRUCTURE


def test_counts_and_organizations_are_linked(extractor: Extractor) -> None:
    text = "The Ningbo Management Committee opened two business incubators with Zhejiang University."
    record = extractor.extract(text)
    [incubator] = [i for i in record.initiatives if i.type is InitiativeType.BUSINESS_INCUBATOR]
    assert incubator.organizations == ["Ningbo Management Committee", "Zhejiang University"]
    assert [record.counts[i].value for i in incubator.counts] == [2]


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("business_incubator", "The base has incubated 410 startups since 2019."),
        ("technology_transfer", "The institute transferred 65 technologies to local firms."),
        ("investment_project", "At the fair, 58 projects worth 32.6 billion yuan were signed."),
        ("investment_project", "The 33-billion-yuan project began trial production."),
        ("infrastructure", "The city built 12 hydrogen refueling stations."),
        ("intelligent_connected_vehicles", "Twenty driverless container trucks are being tested."),
        ("talent_program", "The zone will train 3,000 licensed aircraft mechanics."),
        ("industry_academia_cooperation", "The park hosts institutes set up with Shanghai universities."),
        ("industry_academia_cooperation", "It signed cooperation agreements with China Three Gorges University."),
        ("innovation_platform", "The city hosts 12 research institutes."),
        ("rural_revitalization", "The county now has 52 e-commerce villages."),
        ("development_zone", "Tenants of the bio-town grew fast."),
        ("business_incubator", "XbotPark has incubated more than 60 startups."),
        ("financial_support", "Teams can receive seed money of up to 1 million yuan."),
        ("investment_project", "Work began on 12 projects with a combined investment of 8.6 billion yuan."),
        ("international_cooperation", "The fair drew buyers from 36 countries."),
        ("industry_academia_cooperation", "The technology was developed with the Qinghai Institute of Salt Lakes."),
        (
            "industry_academia_cooperation",
            "Under an agreement signed in 2023 with China Agricultural University, it breeds seeds.",
        ),
        ("infrastructure", "The ultra-high voltage line carries solar power."),
        ("talent_program", "The town trained over 12,000 technicians last year."),
        ("talent_program", "New hires train at Kashgar Vocational and Technical College."),
        ("industrial_upgrading", "The maker put a digital kiln line into operation."),
        ("green_development", "It runs a carbon capture project."),
        ("international_cooperation", "Trade across the China-Nepal border rose."),
        ("technology_transfer", "At the pilot base research results are turned into products."),
        ("talent_program", "The company recruited 860 CUMT graduates last year."),
        ("infrastructure", "Traffic on the Hong Kong-Zhuhai-Macao Bridge rose."),
        ("rural_revitalization", "More than 120 village cooperatives sell online."),
        ("regional_coordination", "Under an east-west cooperation program, Guangzhou sent 56 experts."),
        ("regional_coordination", "It joins the Shenzhen-Dongguan-Huizhou metropolitan circle."),
        ("industry_academia_cooperation", "The institute is run jointly by Huazhong University and local firms."),
        ("rural_revitalization", "Experts guide a high-yield program on wheat."),
        ("industry_chain", "The refinery has drawn 30 downstream companies."),
        ("industry_chain", "Plants turn timber into furniture, extending the processing chain."),
        ("innovation_platform", "Donghua University has set up a textile materials research institute."),
        ("innovation_platform", "The Yulin Clean Energy Innovation Institute, set up by the city, opened."),
        ("industry_academia_cooperation", "The university has an institute there that works with local mills."),
        ("industry_academia_cooperation", "Ocean University and processor Guolian have jointly bred a strain."),
        ("technology_transfer", "It runs pilot tests on 17 technologies."),
        ("technology_transfer", "Six technologies have moved into production."),
        ("technology_transfer", "Teams turn laboratory results into marketable products."),
        ("intellectual_property", "The firm owns 40 patented technologies."),
        ("industrial_upgrading", "Firms that stayed are being pushed to modernize."),
        ("investment_project", "A recycled-fiber project broke ground in June."),
        ("infrastructure", "The city is expanding its ferry hub on the strait."),
        ("infrastructure", "A terminal with 16 berths is under construction."),
        ("infrastructure", "The upgrade adds cold-chain warehouses."),
        ("rural_revitalization", "Shrimp remains a pillar of the rural economy."),
        ("rural_revitalization", "About 26,000 households grow black fungus."),
        ("rural_revitalization", "A subsidy helped farmers' cooperatives build warehouses."),
        ("talent_program", "It offers housing subsidies to doctoral graduates."),
        ("industrial_upgrading", "Its plant, retooled with 380 robots, began assembling SUVs."),
        ("industrial_upgrading", "Lu'an has turned 37 coal mines into intelligent mines."),
        ("infrastructure", "A 100,000-ton berth for heavy equipment entered service."),
        ("international_cooperation", "The park hosts 1,300 South Korean-funded enterprises."),
        ("international_cooperation", "It was launched under the bilateral free trade agreement."),
        ("international_cooperation", "Firms cluster in the China-Korea (Yancheng) Industrial Park."),
        ("regional_coordination", "The railway will help knit together the city cluster."),
        ("regional_coordination", "The two cities share 12 cross-city bus routes."),
        ("talent_program", "More than 1,500 pilots have been trained locally."),
        ("rural_revitalization", "A farming belt grows rice on 3.6 million mu."),
        ("rural_revitalization", "Farmers are planting salt-tolerant crops."),
        ("investment_project", "The group plans to invest 1.2 billion yuan."),
        ("green_development", "The bamboo industry is getting a green makeover."),
        (
            "industry_academia_cooperation",
            "The university and the academy work with local seed and fertilizer companies.",
        ),
        ("industry_academia_cooperation", "GEM and Jingchu University also jointly operate a center."),
        ("industry_academia_cooperation", "The institute has worked with Juhua on 31 research projects."),
        ("industry_academia_cooperation", "The college said its center was built with CATL."),
        ("industry_academia_cooperation", "A system developed with Zhejiang Sci-Tech University cut waste."),
        ("innovation_platform", "The newly founded Yichun Lithium Industry Research Institute runs tests."),
        ("industrial_upgrading", "In an upgrading drive begun in 2017, mills merged."),
        ("industrial_upgrading", "Now the industry is moving up the value chain."),
        ("green_development", "Keqiao's dyeing vats go green."),
        ("green_development", "Mills share wastewater treatment."),
        ("green_development", "Slag sites have been sealed and replanted."),
        ("infrastructure", "A 68-kilometer hiking trail opened in April."),
        ("infrastructure", "A 26-kilometer ring road was completed."),
        ("infrastructure", "It spent 2 billion yuan on larger drainage pipes."),
        ("infrastructure", "Changde was chosen for the sponge city pilots."),
        ("public_services", "This year it is renovating 118 old residential communities."),
        ("development_zone", "Dongguan helped build an industrial transfer park."),
        ("regional_coordination", "Under the mountain-sea cooperation program, cities pair up."),
        ("regional_coordination", "Line 1 is part of efforts to integrate the two cities."),
        ("investment_project", "The project carries an investment of 23.4 billion yuan."),
        ("rural_revitalization", "About 620 cooperatives grow rice and tea there."),
        ("industrial_upgrading", "Downstream, the city is pushing its refiners up the value chain."),
        ("industrial_upgrading", "The tea maker switched to an intelligent processing line."),
        ("rural_revitalization", "The model is being expanded to lift farmers' incomes."),
        ("rural_revitalization", "Researchers breed salt-tolerant soybeans."),
        ("industry_academia_cooperation", "Anta has set up a joint sports science laboratory with Donghua University."),
        ("industry_academia_cooperation", "The university has signed research partnerships with 20 companies."),
        ("industry_chain", "The park has gathered 46 enterprises along the fluorine and silicon chains."),
        ("international_cooperation", "The park is a joint venture with Indonesian partners."),
        ("talent_program", "Local colleges have trained about 12,000 livestreamers."),
        ("development_zone", "The city's ecological aluminum industry demonstration base houses 128 companies."),
        ("free_trade_zone", "The Longbang Border Trade Zone handled 28.5 billion yuan of trade."),
        ("free_trade_zone", "The zone includes a bonded logistics center."),
        ("green_development", "Recycling lines have cut energy consumption per ton by 8 percent."),
        ("industrial_upgrading", "Most aluminum is now deep-processed locally."),
        ("rural_revitalization", "Orchards cover about 1.36 million mu."),
        ("technology_transfer", "It helps firms move technologies from the lab to factories."),
        ("technology_transfer", "The technology moved to pilot production lines."),
        ("industry_academia_cooperation", "The institute has helped over 20 local companies."),
        ("industry_academia_cooperation", "The university and Midea now run three joint classes for technicians."),
        ("industry_chain", "We are building a supporting chain."),
        ("innovation_platform", "The Meishan Institute of New Energy Materials, founded by Sichuan University, grew."),
        ("investment_project", "Its first phase, worth 5.2 billion yuan, attracted 18 companies."),
        ("investment_project", "It is building a green aluminum project with investment of 12 billion yuan."),
        ("international_cooperation", "It handled 1,340 freight trains bound for Kazakhstan."),
        ("international_cooperation", "Hami is becoming a logistics gateway to Central Asia."),
        ("regional_coordination", "Henan has been paired with Hami under the aid program."),
        ("industrial_upgrading", "The maker is adding 260 industrial robots to its welding lines."),
        ("industrial_upgrading", "The city has closed or upgraded 73 outdated plants."),
        ("industrial_upgrading", "In a drive to upgrade its oilfields, the company automated wells."),
        ("infrastructure", "A 16-kilometer road has been opened for testing."),
        ("infrastructure", "Trains left the port's new rail yard."),
        ("rural_revitalization", "The vineyards give many farming families a steady income."),
        ("rural_revitalization", "Seed enterprises contract with local farmers."),
        ("talent_program", "More than 9,000 farmers took city-run livestreaming training."),
        ("talent_program", "The association has trained some 600 herders as riding guides."),
        ("rural_revitalization", "Many of the farmers are organized into cooperatives."),
        ("rural_revitalization", "Cooperatives sold 18,000 tonnes of crabs last year."),
        ("industry_chain", "Suppliers added 11 projects, forming a chain from phosphate ore to films."),
        ("green_development", "Fish farms were cleared from the lake to restore water quality."),
        ("industrial_upgrading", "The refiner is fitting its plants with digital control systems."),
        ("green_development", "Since a 10-year fishing ban took effect, fish stocks have recovered."),
        ("industry_academia_cooperation", "Yangtze University researchers, working with hatcheries, bred seedlings."),
        ("talent_program", "The association runs a master-apprentice program."),
        ("talent_program", "The program has trained 620 young carvers since 2021."),
        ("industry_chain", "Screens are assembled alongside more than 150 component suppliers."),
        ("industry_chain", "The park now hosts 46 suppliers making lenses."),
        ("industrial_upgrading", "Several production lines have been upgraded."),
        ("rural_revitalization", "Much of the grain comes from large mechanized farms."),
        ("public_services", "The district opened two primary schools."),
        ("industry_academia_cooperation", "A pilot-scale base built with Central South University opened."),
        ("industry_academia_cooperation", "Qiqihar University has signed agreements with three local firms."),
        ("industry_academia_cooperation", "Shanwei Polytechnic, working with Mingyang, trained 600 technicians."),
        ("talent_program", "The college trains some 1,500 CNC operators a year."),
        ("talent_program", "The university trains local winemakers."),
        ("regional_coordination", "The zone is jointly governed by the two cities."),
        ("regional_coordination", "It moved to the Shenzhen-Shanwei Special Cooperation Zone."),
        ("business_incubator", "Startups are incubated in Wuhan before moving production."),
        ("industrial_upgrading", "The new plant runs 230 industrial robots."),
        ("green_development", "The city's installed hydropower capacity exceeds 20 million kilowatts."),
        ("green_development", "The reactors will feed clean power to the base."),
        ("green_development", "To protect Kanas Lake and its forests, entry was limited."),
        ("green_development", "The county spent 1.2 billion yuan restoring bamboo forests."),
        ("green_development", "The rate of industrial solid waste use rose to 63 percent."),
        ("green_development", "A national campaign aims to curb plastic pollution."),
        ("industrial_upgrading", "The fund helps factories switch to intelligent kilns."),
        ("industrial_upgrading", "The automation rate of the body shop reached 100 percent."),
        ("talent_program", "She is among 6,800 people trained as livestream hosts."),
        ("talent_program", "The university is training three batches of technicians."),
        ("industry_academia_cooperation", "Hainan University is working with the group on high-yield clones."),
        ("industry_academia_cooperation", "Tianneng is developing new cells with Zhejiang University."),
        ("industry_academia_cooperation", "A pilot line built by the group and the Institute of Coal Chemistry runs."),
        ("technology_transfer", "The exchange helps firms buy patents and bring them to market."),
        ("investment_project", "Investors have put 5.6 billion yuan into lifts and hotels."),
        ("rural_revitalization", "Vegetable greenhouses, many now run by cooperatives, earn well."),
        ("rural_revitalization", "Shuozhou has about 280,000 dairy cows."),
        ("rural_revitalization", "Many jobs are held by members of village forestry cooperatives."),
        (
            "industry_academia_cooperation",
            "A research center set up by China Energy and China University of Mining opened.",
        ),
        ("talent_program", "Relocated residents have taken free vocational courses."),
        ("investment_project", "The fund is backing 24 fabrication projects."),
        ("industry_chain", "More than 70 suppliers have set up nearby."),
        ("industry_chain", "The zone is home to 86 PCB makers and suppliers."),
        ("international_cooperation", "It signed a cooperation agreement with Germany's Helmholtz-Zentrum Hereon."),
        ("industrial_upgrading", "The maker has installed 40 intelligent weaving lines."),
        ("industrial_upgrading", "A guidance fund is helping smaller workshops automate."),
        ("industry_academia_cooperation", "Two universities opened a joint design studio with 23 craft enterprises."),
        ("industry_academia_cooperation", "Longdong University opened a computing college with Huawei in 2023."),
        ("infrastructure", "The county has widened the road into Taipan."),
        ("infrastructure", "It added 1,600 parking spaces."),
        ("regional_coordination", "Shenzhen is Heyuan's paired partner under a provincial program."),
        ("industry_academia_cooperation", "Shenyang University has opened a training base with local producers."),
        ("international_cooperation", "The city has helped 20 brands open overseas showrooms."),
        ("international_cooperation", "Trade with the DPRK reached 4.2 billion yuan."),
        ("international_cooperation", "It is the first highway link between China and Russia."),
        ("industrial_upgrading", "The renovation will add intelligent control systems."),
        ("industrial_upgrading", "Automated lines have replaced workers in hazardous posts."),
        ("industrial_upgrading", "Panjin is transforming itself from a crude producer into a chemicals base."),
        ("infrastructure", "A 12-km sightseeing trail opened in October."),
        ("infrastructure", "A new rail transfer yard opened in June."),
        ("rural_revitalization", "The herb supports 32,000 herders, many of them organized in cooperatives."),
        ("industrial_upgrading", "The city is pushing the industry to upgrade."),
        ("industrial_upgrading", "The maker has fitted its soda ash lines with intelligent controls."),
        ("industrial_upgrading", "Plants have installed CNC cutting machines and robotic polishing arms."),
        ("industrial_upgrading", "A plan helps resource-depleted cities transform and upgrade."),
        ("industrial_upgrading", "The stone trade is going digital."),
        ("infrastructure", "Power leaves through an ultra-high-voltage direct current line."),
        ("talent_program", "The city has granted housing subsidies to 1,200 graduates who stayed."),
        ("rural_revitalization", "Branded rice sells well online, lifting incomes in nearby villages."),
        ("rural_revitalization", "The candy is sold online by over 120 village workshops."),
        ("green_development", "The company has restored 260 hectares of old mining land."),
        ("green_development", "Every new mine must meet national green mining standards."),
        ("green_development", "The plants cut carbon dioxide emissions by 4.8 million tonnes."),
        ("rural_revitalization", "Machines now harvest 45 percent of the cane."),
        ("rural_revitalization", "New varieties are earning farmers an extra 1,500 yuan per hectare."),
        ("infrastructure", "A dredging project is now under way."),
        ("regional_coordination", "Under the Xi'an-Tongchuan integration plan, a railway will open."),
        ("international_cooperation", "The processor runs three cold-press lines imported from Italy."),
        ("industrial_upgrading", "An intelligent control center has cut its energy use."),
        ("industry_chain", "The group is extending its chain downstream into copper foil."),
        ("industry_chain", "It adds a link to a chain that already runs from sorting to wheels."),
        ("investment_project", "GEM started production at a 2-billion-yuan plant in the park."),
        ("technology_transfer", "The catalysts have been commercialized at 11 refineries."),
        (
            "industry_academia_cooperation",
            "Catalysts developed jointly by the PetroChina center and Lanzhou University sell.",
        ),
        ("industry_academia_cooperation", "The university and TISCO opened a joint college of modern metallurgy."),
        ("intellectual_property", "Breeders now hold plant variety rights."),
        ("rural_revitalization", "Over 300,000 farmers grow flowers, many through cooperatives."),
        ("regional_coordination", 'Under Zhejiang\'s "mountain-sea" pairing program, districts help.'),
        ("tourism_culture", "Homestays received 21.4 million visits last year."),
        ("industry_academia_cooperation", "The university runs a crystal growth laboratory jointly with Yangguang."),
        ("industry_academia_cooperation", "Two universities have set up a joint R&D center with local processors."),
        ("industry_academia_cooperation", "The company set up a vinegar research center with Jiangnan University."),
        ("international_cooperation", "Border trade with Vietnam reached 36 billion yuan."),
        ("international_cooperation", "It handles international cargo flights to Incheon."),
        ("industrial_upgrading", "Chemical makers are upgrading from soda ash to high-end materials."),
        ("industry_chain", "The base has built a chain running from crude oil to plastics."),
        ("industry_chain", "The chain now spans some 140 companies."),
        ("industry_chain", "Downstream, a jewelry park has attracted 23 processors."),
        ("industry_chain", "Around these anchor firms, the zone has gathered 168 enterprises."),
        ("industry_chain", "Processors form a chain that runs from planting to extracts."),
        ("industry_academia_cooperation", "Two academies opened research stations, working with 20 local companies."),
        ("rural_revitalization", "Tea farmers received 120 million yuan in loans."),
    ],
)
def test_phrasings_beyond_the_cue_words(extractor: Extractor, label: str, text: str) -> None:
    assert label in {i.type.value for i in extractor.extract(text).initiatives}


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("rural_revitalization", "The two firms signed a cooperative agreement."),
        ("industrial_upgrading", "The plan fits with the city's goals."),
        ("green_development", "The deal should restore investor confidence."),
        ("talent_program", "The training was cut short."),
        ("industry_chain", "The chain from the gate was removed."),
        ("public_services", "The university, founded as a mining school, set up a lab."),
        ("public_services", "A county-run training school has taught 2,000 villagers."),
        ("industry_chain", "Schaeffler, the German auto parts supplier, opened a plant."),
        ("regional_coordination", "It is the first park jointly developed by the two governments."),
        ("industrial_upgrading", "The hospital uses 12 robots to deliver medicine."),
        ("talent_program", "Freight trains carry containers to Europe."),
        ("technology_transfer", "The centre helps drugmakers bring products to market faster."),
        ("green_development", "Engineers protect the data from loss."),
        ("industry_chain", "The lab covers the whole chain, from research to market."),
        (
            "investment_project",
            "The group has invested 3.8 billion yuan in upgrades since 2021.",
        ),  # spending, not a project
        ("industrial_upgrading", "Parents help the factory workers' children."),
    ],
)
def test_shapes_near_those_phrasings_do_not_fire(extractor: Extractor, label: str, text: str) -> None:
    assert label not in {i.type.value for i in extractor.extract(text).initiatives}
