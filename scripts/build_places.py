#!/usr/bin/env python3
"""Build patterns/places.jsonl: a gazetteer of place names for the PhraseMatcher.

Sources:
  * pycountry for countries (plus common English short names / aliases)
  * pycountry for China's provincial-level subdivisions (names cleaned)
  * hand-written lists below: prefecture-level cities, notable county-level
    cities and counties, districts of major cities, state-level new areas,
    well-known regions and major world cities.

Output is deterministic: each pattern appears once (first kind wins, in the
priority order of SOURCES below), lines are sorted by (kind, slug, pattern)
and ids are unique (place.<kind>.<slug>[.<n>]).

Usage:  python scripts/build_places.py [output_path]
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "patterns" / "places.jsonl"

KINDS = ("country", "province", "city", "district", "county", "region")

# --------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------
# Extra English names keyed by ISO alpha-2 code.
COUNTRY_EXTRA = {
    "AE": ["UAE", "United Arab Emirates"],
    "BA": ["Bosnia", "Bosnia and Herzegovina"],
    "BN": ["Brunei"],
    "BO": ["Bolivia"],
    "CD": ["Democratic Republic of the Congo", "DR Congo", "Democratic Republic of Congo"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CN": ["China", "People's Republic of China", "PRC"],
    "CV": ["Cape Verde"],
    "CZ": ["Czech Republic"],
    "FM": ["Micronesia", "Federated States of Micronesia"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "IR": ["Iran"],
    "KP": ["North Korea", "DPRK"],
    "KR": ["South Korea", "Republic of Korea", "ROK"],
    "LA": ["Laos", "Lao PDR"],
    "MD": ["Moldova"],
    "MK": ["North Macedonia"],
    "MM": ["Myanmar", "Burma"],
    "NL": ["Netherlands", "Holland"],
    "PH": ["Philippines"],
    "PS": ["Palestine", "State of Palestine"],
    "RU": ["Russia"],
    "SA": ["Saudi Arabia"],
    "SY": ["Syria"],
    "SZ": ["Eswatini", "Swaziland"],
    "TL": ["East Timor", "Timor-Leste"],
    "TR": ["Turkey", "Turkiye"],
    "TZ": ["Tanzania"],
    "US": ["US", "U.S.", "USA", "United States of America", "America"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "VE": ["Venezuela"],
    "VG": ["British Virgin Islands"],
    "VI": ["US Virgin Islands"],
    "VN": ["Vietnam", "Viet Nam"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic"],
    "GM": ["Gambia", "The Gambia"],
}
# Handled as Chinese subdivisions instead of countries.
COUNTRY_SKIP = {"HK", "MO", "TW"}


def country_names():
    out = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        if c.alpha_2 in COUNTRY_SKIP:
            continue
        names = []
        if "," not in c.name and "(" not in c.name:
            names.append(c.name)
        cn = getattr(c, "common_name", None)
        if cn:
            names.append(cn)
        names.extend(COUNTRY_EXTRA.get(c.alpha_2, []))
        out.extend(names)
    return out


# --------------------------------------------------------------------------
# China: provincial-level divisions from pycountry
# --------------------------------------------------------------------------
CN_SUFFIXES = [" Uygur Zizhiqu", " Huizu Zizhiqu", " Zhuangzu Zizhiqu", " Zizhiqu", " Sheng", " Shi", " SAR"]
CN_RENAME = {"Xizang": "Tibet", "Nei Mongol": "Inner Mongolia"}
CN_EXTRA = {
    "CN-XZ": ["Xizang", "Tibet Autonomous Region", "Xizang Autonomous Region"],
    "CN-NM": ["Inner Mongolia Autonomous Region"],
    "CN-XJ": ["Xinjiang Uygur Autonomous Region", "Xinjiang Uyghur Autonomous Region"],
    "CN-NX": ["Ningxia Hui Autonomous Region"],
    "CN-GX": ["Guangxi Zhuang Autonomous Region"],
    "CN-HK": ["Hong Kong SAR", "Hong Kong Special Administrative Region", "HKSAR"],
    "CN-MO": ["Macau", "Macao SAR", "Macau SAR", "Macao Special Administrative Region"],
}
CN_TYPE_KIND = {
    "Province": "province",
    "Municipality": "city",
    "Autonomous region": "region",
    "Special administrative region": "region",
}


def clean_cn_name(name):
    for suf in CN_SUFFIXES:
        if name.endswith(suf):
            name = name[: -len(suf)]
            break
    return CN_RENAME.get(name, name)


def china_subdivisions():
    out = []  # (pattern, kind)
    for s in sorted(pycountry.subdivisions.get(country_code="CN"), key=lambda s: s.code):
        kind = CN_TYPE_KIND[s.type]
        for n in [clean_cn_name(s.name), *CN_EXTRA.get(s.code, [])]:
            out.append((n, kind))
    return out


# --------------------------------------------------------------------------
# Hand-written lists
# --------------------------------------------------------------------------
# Prefecture-level cities by province (the province key is documentation only).
PREFECTURE_CITIES = """
Hebei: Shijiazhuang, Tangshan, Qinhuangdao, Handan, Xingtai, Baoding, Zhangjiakou, Chengde, Cangzhou, Langfang, Hengshui
Shanxi: Taiyuan, Datong, Yangquan, Changzhi, Jincheng, Shuozhou, Jinzhong, Yuncheng, Xinzhou, Linfen, Lyuliang
Inner Mongolia: Hohhot, Baotou, Wuhai, Chifeng, Tongliao, Ordos, Hulunbuir, Bayannur, Ulanqab
Liaoning: Shenyang, Dalian, Anshan, Fushun, Benxi, Dandong, Jinzhou, Yingkou, Fuxin, Liaoyang, Panjin, Tieling, Chaoyang, Huludao
Jilin: Changchun, Siping, Liaoyuan, Tonghua, Baishan, Songyuan, Baicheng
Heilongjiang: Harbin, Qiqihar, Jixi, Hegang, Shuangyashan, Daqing, Yichun, Jiamusi, Qitaihe, Mudanjiang, Heihe, Suihua
Jiangsu: Nanjing, Wuxi, Xuzhou, Changzhou, Suzhou, Nantong, Lianyungang, Huai'an, Yancheng, Yangzhou, Zhenjiang, Taizhou, Suqian
Zhejiang: Hangzhou, Ningbo, Wenzhou, Jiaxing, Huzhou, Shaoxing, Jinhua, Quzhou, Zhoushan, Lishui
Anhui: Hefei, Wuhu, Bengbu, Huainan, Ma'anshan, Huaibei, Tongling, Anqing, Huangshan, Chuzhou, Fuyang, Lu'an, Bozhou, Chizhou, Xuancheng
Fujian: Fuzhou, Xiamen, Putian, Sanming, Quanzhou, Zhangzhou, Nanping, Longyan, Ningde
Jiangxi: Nanchang, Jingdezhen, Pingxiang, Jiujiang, Xinyu, Yingtan, Ganzhou, Ji'an, Shangrao
Shandong: Jinan, Qingdao, Zibo, Zaozhuang, Dongying, Yantai, Weifang, Jining, Tai'an, Weihai, Rizhao, Linyi, Dezhou, Liaocheng, Binzhou, Heze
Henan: Zhengzhou, Kaifeng, Luoyang, Pingdingshan, Anyang, Hebi, Xinxiang, Jiaozuo, Puyang, Xuchang, Luohe, Sanmenxia, Nanyang, Shangqiu, Xinyang, Zhoukou, Zhumadian, Jiyuan
Hubei: Wuhan, Huangshi, Shiyan, Yichang, Xiangyang, Ezhou, Jingmen, Xiaogan, Jingzhou, Huanggang, Xianning, Suizhou, Xiantao, Qianjiang, Tianmen
Hunan: Changsha, Zhuzhou, Xiangtan, Hengyang, Shaoyang, Yueyang, Changde, Zhangjiajie, Yiyang, Chenzhou, Yongzhou, Huaihua, Loudi
Guangdong: Guangzhou, Shaoguan, Shenzhen, Zhuhai, Shantou, Foshan, Jiangmen, Zhanjiang, Maoming, Zhaoqing, Huizhou, Meizhou, Shanwei, Heyuan, Yangjiang, Qingyuan, Dongguan, Zhongshan, Chaozhou, Jieyang, Yunfu
Guangxi: Nanning, Liuzhou, Guilin, Wuzhou, Beihai, Fangchenggang, Qinzhou, Guigang, Yulin, Baise, Hezhou, Hechi, Laibin, Chongzuo
Hainan: Haikou, Sanya, Sansha, Danzhou
Sichuan: Chengdu, Zigong, Panzhihua, Luzhou, Deyang, Mianyang, Guangyuan, Suining, Neijiang, Leshan, Nanchong, Meishan, Yibin, Guang'an, Dazhou, Ya'an, Bazhong, Ziyang
Guizhou: Guiyang, Liupanshui, Zunyi, Anshun, Bijie, Tongren
Yunnan: Kunming, Qujing, Yuxi, Baoshan, Zhaotong, Lijiang, Pu'er, Lincang
Tibet: Lhasa, Shigatse, Qamdo, Nyingchi, Shannan, Nagqu
Shaanxi: Xi'an, Tongchuan, Baoji, Xianyang, Weinan, Yan'an, Hanzhong, Ankang, Shangluo
Gansu: Lanzhou, Jiayuguan, Jinchang, Baiyin, Tianshui, Wuwei, Zhangye, Pingliang, Jiuquan, Qingyang, Dingxi, Longnan
Qinghai: Xining, Haidong
Ningxia: Yinchuan, Shizuishan, Wuzhong, Guyuan, Zhongwei
Xinjiang: Urumqi, Karamay, Turpan, Hami
Taiwan: Taipei, New Taipei, Kaohsiung, Taichung, Tainan, Taoyuan, Hsinchu, Keelung, Chiayi
"""

# Autonomous prefectures, leagues and prefectures (kind "region").
PREFECTURES = """
Inner Mongolia: Xilingol, Xilin Gol, Hinggan, Alxa
Jilin: Yanbian
Heilongjiang: Daxing'anling, Greater Khingan
Hubei: Enshi, Shennongjia
Hunan: Xiangxi
Sichuan: Aba, Ngawa, Garze, Ganzi, Liangshan
Guizhou: Qiandongnan, Qiannan, Qianxinan
Yunnan: Chuxiong, Honghe, Wenshan, Xishuangbanna, Dali, Dehong, Nujiang, Diqing
Tibet: Ngari
Gansu: Linxia, Gannan
Qinghai: Haibei, Huangnan, Golog, Yushu, Haixi
Xinjiang: Kashgar, Kashi, Aksu, Hotan, Altay, Tacheng, Ili, Bayingolin, Changji, Bortala, Kizilsu
"""

# Notable county-level cities (kind "city").
COUNTY_LEVEL_CITIES = """
Jiangsu: Kunshan, Changshu, Zhangjiagang, Jiangyin, Yixing, Taicang, Liyang, Danyang, Jurong, Qidong, Rugao, Haimen, Pizhou, Xinyi, Dongtai, Jingjiang, Gaoyou
Zhejiang: Yiwu, Cixi, Yuyao, Haining, Tongxiang, Pinghu, Zhuji, Shengzhou, Wenling, Linhai, Yueqing, Rui'an, Yongkang, Dongyang, Lanxi, Jiande, Longquan, Jiangshan
Fujian: Jinjiang, Shishi, Nan'an, Fuqing, Wuyishan, Fu'an, Zhangping, Yong'an
Jiangxi: Jinggangshan, Ruijin, Lushan, Gao'an, Guixi
Shandong: Shouguang, Zhucheng, Qingzhou, Qufu, Zoucheng, Longkou, Laizhou, Penglai, Rongcheng, Rushan, Laixi, Pingdu, Jiaozhou, Tengzhou, Xintai, Feicheng
Henan: Gongyi, Xinzheng, Dengfeng, Xinmi, Xingyang, Yuzhou, Yongcheng, Lingbao, Yanshi
Hubei: Daye, Danjiangkou, Yidu, Zaoyang, Yicheng, Chibi, Macheng, Hanchuan
Hunan: Liuyang, Ningxiang, Shaoshan, Liling, Leiyang, Jishou, Hongjiang
Guangdong: Heshan, Taishan, Kaiping, Enping, Lechang, Yingde, Sihui, Lianjiang, Wuchuan, Leizhou, Gaozhou, Huazhou, Puning, Lufeng, Xingning, Luoding, Yangchun, Lianzhou
Guangxi: Dongxing, Pingxiang, Guiping, Beiliu
Hainan: Qionghai, Wenchang, Wanning, Dongfang, Wuzhishan
Hebei: Zhuozhou, Dingzhou, Xinji, Sanhe, Bazhou, Qian'an, Zunhua, Renqiu, Huanghua, Botou, Hejian, Wu'an, Gaobeidian, Anguo, Xinle
Shanxi: Gujiao, Jiexiu, Xiaoyi, Fenyang, Yongji, Huozhou
Inner Mongolia: Manzhouli, Erenhot, Erlianhot, Ergun, Arxan, Xilinhot, Genhe
Liaoning: Wafangdian, Zhuanghe, Haicheng, Dashiqiao
Jilin: Hunchun, Yanji, Meihekou, Gongzhuling
Heilongjiang: Suifenhe, Fuyuan, Tongjiang, Hulin, Mishan, Wudalianchi, Mohe
Sichuan: Dujiangyan, Pengzhou, Qionglai, Chongzhou, Jianyang, Emeishan, Kangding, Xichang, Guanghan, Shifang, Jiangyou
Guizhou: Renhuai, Kaili, Duyun, Xingyi, Chishui, Qingzhen
Yunnan: Anning, Tengchong, Jinghong, Ruili, Mengzi, Gejiu, Shangri-La, Mangshi, Mohan
Shaanxi: Hancheng, Shenmu, Xingping, Huayin
Gansu: Dunhuang, Yumen, Hezuo
Qinghai: Golmud, Delingha
Ningxia: Lingwu, Qingtongxia
Xinjiang: Shihezi, Korla, Yining, Kuytun, Aral, Tumxuk, Wujiaqu, Beitun, Khorgos, Horgos, Alashankou, Bole, Artux, Atushi
Tibet: Zhangmu
"""

# Well-known counties (kind "county").
COUNTIES = """
Zhejiang: Anji, Deqing, Changxing, Jiashan, Haiyan, Tonglu, Chun'an, Xianju, Tiantai, Sanmen, Xiangshan, Ninghai, Xinchang, Songyang, Jingning, Qingtian, Yunhe, Kaihua, Changshan, Pan'an, Wencheng, Taishun, Dongtou
Jiangsu: Rudong, Pei County, Suining County, Shuyang, Siyang, Sihong, Funing, Sheyang
Fujian: Pingtan, Anxi, Dehua, Yongchun, Hui'an, Gutian, Xiapu, Zhouning, Yongtai, Minhou, Changting, Shanghang, Wuping, Datian, Youxi
Anhui: Feixi, Feidong, Changfeng, Lujiang, Jixi County, Yixian, Shexian, Huoshan, Jinzhai, Yuexi
Jiangxi: Wuyuan, Yudu, Xunwu, Anyuan, Xingguo, Yongxin
Shandong: Lanling, Yishui, Mengyin, Caoxian, Juye, Shanxian, Changdao
Henan: Lankao, Yucheng County, Xixia, Neixiang, Xinxian, Gushi, Huaiyang, Qixian, Xiuwu, Jiaxian
Hebei: Zhengding, Fuping, Xiongxian, Rongcheng County, Anxin, Wei County, Zhangbei, Chongli, Weichang, Fengning, Luanping, Laiyuan, Quyang, Wuqiang, Gu'an, Yongqing
Shanxi: Pingyao, Wutai, Youyu, Jingle, Lingqiu, Zuoquan
Hunan: Fenghuang, Huayuan, Yanling, Chaling, Rucheng, Guidong, Anhua, Tongdao
Hubei: Zigui, Badong, Yingshan, Luotian, Hongan, Zhuxi, Fangxian, Yunxi
Guangdong: Longmen, Boluo, Huidong, Xuwen, Lianshan, Ruyuan, Fogang
Guangxi: Yangshuo, Longsheng, Sanjiang, Rongshui, Bama, Napo, Jingxi, Longzhou, Tiandeng, Huanjiang
Sichuan: Wenchuan, Beichuan, Jiuzhaigou, Songpan, Daocheng, Litang, Zhaojue, Butuo, Xinjin, Pujiang, Dayi, Jintang
Chongqing: Chengkou, Fengdu, Dianjiang, Zhongxian, Yunyang, Fengjie, Wushan, Wuxi County, Shizhu, Xiushan, Youyang, Pengshui
Guizhou: Leishan, Congjiang, Liping, Rongjiang, Danzhai, Libo, Wangmo, Zhenning, Huangping, Shiqian
Yunnan: Lancang, Menghai, Mengla, Yuanyang, Jianshui, Eryuan, Binchuan, Lushui, Gongshan, Fugong, Luquan, Yiliang, Shilin
Tibet: Yadong, Burang, Gyirong, Nyalam, Zayu, Medog, Lhunze, Tingri
Shaanxi: Fuping County, Yanchuan, Liquan, Zhouzhi, Fengxian County, Luonan, Zhen'an, Shiquan
Gansu: Huining, Dongxiang, Minqin, Gulang, Jingtai, Subei, Akesai
Qinghai: Menyuan, Huzhu, Qilian, Gangcha, Maqin, Zadoi, Zhidoi, Qumarleb
Ningxia: Xiji, Haiyuan, Longde, Jingyuan, Pengyang, Yanchi, Tongxin, Helan
Xinjiang: Shache, Yarkant, Taxkorgan, Yopurga, Makit, Lop, Qira, Keriya, Yutian, Minfeng, Qiemo, Ruoqiang, Burqin, Kanas, Fuyun, Zhaosu, Qapqal, Nilka, Xinyuan, Tekes
Inner Mongolia: Horqin, Jarud, Ejin, Abag, Sonid, Dorbod
Heilongjiang: Fuyu, Tailai, Yanshou, Tonghe
Liaoning: Changhai, Kuandian, Xinbin, Huanren
Jilin: Antu, Changbai, Fusong, Jingyu
Taiwan: Kinmen, Penghu, Matsu, Lienchiang, Hualien, Yilan, Taitung, Pingtung, Nantou, Miaoli, Changhua, Yunlin
"""

# Districts of major cities (kind "district").
DISTRICTS = """
Beijing: Dongcheng, Xicheng, Haidian, Fengtai, Shijingshan, Mentougou, Fangshan, Tongzhou, Shunyi, Changping, Daxing, Huairou, Pinggu, Miyun, Yanqing, Yizhuang, Wangjing, Sanlitun, Guomao
Tianjin: Heping, Hedong, Hexi, Nankai, Hongqiao, Dongli, Xiqing, Jinnan, Beichen, Wuqing, Baodi, Ninghe, Jinghai, Jizhou, Tanggu, Yujiapu
Shanghai: Huangpu, Xuhui, Changning, Jing'an, Putuo, Hongkou, Yangpu, Minhang, Jiading, Pudong, Jinshan, Songjiang, Qingpu, Fengxian, Chongming, Lujiazui, Yangshan, Waigaoqiao
Chongqing: Yuzhong, Dadukou, Jiangbei, Shapingba, Jiulongpo, Beibei, Yubei, Banan, Wanzhou, Fuling, Changshou, Jiangjin, Hechuan, Yongchuan, Nanchuan, Qijiang, Dazu, Bishan, Tongliang, Tongnan, Rongchang, Kaizhou, Liangping, Wulong, Qianjiang District
Guangzhou: Yuexiu, Liwan, Haizhu, Tianhe, Baiyun, Panyu, Huadu, Nansha, Conghua, Zengcheng, Pazhou
Shenzhen: Futian, Luohu, Nanshan, Yantian, Bao'an, Longgang, Longhua, Pingshan, Guangming, Shekou, Dapeng, Dapeng New District
Hangzhou: Shangcheng, Gongshu, Xihu, Binjiang, Xiaoshan, Yuhang, Linping, Qiantang, Lin'an
Nanjing: Xuanwu, Qinhuai, Jianye, Gulou, Pukou, Qixia, Yuhuatai, Jiangning, Liuhe, Gaochun
Wuhan: Jiang'an, Jianghan, Qiaokou, Hanyang, Wuchang, Hankou, Hongshan, Dongxihu, Hannan, Caidian, Jiangxia, Huangpi
Chengdu: Jinjiang District, Jinniu, Wuhou, Chenghua, Longquanyi, Qingbaijiang, Xindu, Wenjiang, Shuangliu, Pidu
Xi'an: Beilin, Lianhu, Baqiao, Weiyang, Yanta, Yanliang, Lintong, Chang'an, Gaoling, Huyi
Suzhou: Gusu, Xiangcheng, Wujiang, Wuzhong District
Qingdao: Shinan, Shibei, Huangdao, Laoshan, Licang, Chengyang, Jimo
Dalian: Lushunkou, Ganjingzi, Shahekou, Zhongshan District
Shenyang: Hunnan, Tiexi, Shenhe, Huanggu, Sujiatun
Xiamen: Siming, Huli, Jimei, Haicang, Tong'an, Xiang'an
Hefei: Shushan, Baohe, Luyang, Yaohai
Zhengzhou: Jinshui, Erqi, Zhongyuan, Guancheng, Huiji, Zhengdong
Changsha: Yuelu, Furong, Tianxin, Kaifu, Yuhua, Wangcheng
Ningbo: Yinzhou, Beilun, Zhenhai, Haishu, Fenghua
Fuzhou: Cangshan, Mawei, Changle
Jinan: Lixia, Licheng, Zhangqiu
Kunming: Wuhua, Panlong, Chenggong
Harbin: Daoli, Nangang, Songbei
Hainan: Boao, Yangpu, Yazhou, Haitang Bay
Zhuhai: Hengqin, Xiangzhou, Doumen, Jinwan
Hong Kong: Kowloon, New Territories, Lantau Island, Tsim Sha Tsui, Central and Western
Macao: Taipa, Cotai, Coloane
Dongguan: Songshan Lake
"""

NEW_AREAS = """
Pudong New Area, Binhai New Area, Xiong'an New Area, Xiongan New Area, Xiong'an, Xiongan, Liangjiang New Area,
Gui'an New Area, Guian New Area, Zhoushan Archipelago New Area, Lanzhou New Area, Nansha New Area,
Xixian New Area, West Coast New Area, Qingdao West Coast New Area, Jinpu New Area, Tianfu New Area,
Xiangjiang New Area, Jiangbei New Area, Fuzhou New Area, Dianzhong New Area, Harbin New Area,
Changchun New Area, Ganjiang New Area, Jiangdong New Area, Zhengdong New Area
"""

REGIONS = """
Beijing-Tianjin-Hebei, Jing-Jin-Ji, Beijing-Tianjin-Hebei region,
Yangtze River Delta, YRD, Yangtze River Economic Belt, Yangtze River Delta region,
Guangdong-Hong Kong-Macao Greater Bay Area, Guangdong-Hong Kong-Macau Greater Bay Area, Greater Bay Area, GBA,
Pearl River Delta, Chengdu-Chongqing, Chengdu-Chongqing Economic Circle, Chengdu-Chongqing economic circle,
Sichuan-Chongqing, Yellow River Basin, Yellow River basin, Beibu Gulf, Beibu Gulf Economic Zone, Bohai Rim,
Bohai Economic Rim, Bohai Bay, Hexi Corridor, Central Plains, Qinghai-Tibet Plateau, Qinghai-Xizang Plateau,
Tibetan Plateau, Loess Plateau, Sichuan Basin, Tarim Basin, Junggar Basin, Qaidam Basin, Taklimakan Desert,
Hainan Island, Leizhou Peninsula, Shandong Peninsula, Liaodong Peninsula, Three Gorges, Three Gorges area,
Western Taiwan Straits, Taiwan Straits, Taiwan Strait, South China Sea, East China Sea, Yellow Sea, Bohai Sea,
Northeast China, Northwest China, Southwest China, North China, South China, East China, Central China,
West China, Western China, Eastern China, Northern China, Southern China,
northeast China, northwest China, southwest China, north China, south China, east China, central China,
western China, eastern China, northern China, southern China, western regions,
Chinese mainland, mainland China, Chinese Mainland, Mainland China, Greater China,
Inner Mongolia Autonomous Region, Xinjiang Uygur Autonomous Region,
Lancang-Mekong, Mekong, Greater Mekong Subregion,
Asia, Europe, Africa, North America, South America, Latin America, Latin America and the Caribbean,
Caribbean, Oceania, Middle East, Central Asia, Southeast Asia, South Asia, East Asia, West Asia,
Northeast Asia, Central and Eastern Europe, Eastern Europe, Western Europe, Central Europe, Northern Europe,
Southern Europe, Nordic countries, Balkans, Gulf region, Persian Gulf, Sub-Saharan Africa,
North Africa, East Africa, West Africa, Southern Africa, Asia-Pacific, Asia Pacific, Indo-Pacific, Eurasia,
Global South, Arctic, Pacific, Pacific Islands, Silicon Valley, Euro area, eurozone, Eurozone
"""

WORLD_CITIES = """
London, Paris, Tokyo, Seoul, New York, New York City, Berlin, Moscow, Dubai, Abu Dhabi, Washington,
Washington DC, Washington, DC, Los Angeles, San Francisco, Chicago, Houston, Seattle, Boston, Detroit,
Austin, Las Vegas, San Diego, San Jose, Fremont, Miami, Atlanta, Philadelphia, Honolulu,
Toronto, Vancouver, Montreal, Ottawa, Sydney, Melbourne, Brisbane, Perth, Canberra, Auckland, Wellington,
Frankfurt, Munich, Hamburg, Stuttgart, Wolfsburg, Duisburg, Cologne, Dusseldorf, Hanover, Leipzig,
Rome, Milan, Turin, Venice, Madrid, Barcelona, Valencia, Lisbon, Amsterdam, Rotterdam, Brussels, Antwerp,
Geneva, Zurich, Davos, Vienna, Prague, Budapest, Warsaw, Lodz, Belgrade, Athens, Piraeus, Bucharest,
Sofia, Stockholm, Oslo, Copenhagen, Helsinki, Dublin, Edinburgh, Manchester, Birmingham,
Istanbul, Ankara, Cairo, Riyadh, Jeddah, Doha, Muscat, Kuwait City, Manama, Tehran, Baghdad, Tel Aviv,
Jerusalem, Beirut, Damascus, Amman, New Delhi, Delhi, Mumbai, Bengaluru, Bangalore, Chennai, Kolkata,
Karachi, Islamabad, Lahore, Gwadar, Dhaka, Chittagong, Colombo, Hambantota, Kathmandu,
Bangkok, Hanoi, Ho Chi Minh City, Haiphong, Phnom Penh, Sihanoukville, Vientiane, Yangon, Naypyidaw,
Kuala Lumpur, Kuantan, Penang, Jakarta, Bandung, Surabaya, Manila, Osaka, Kyoto, Yokohama, Nagoya,
Busan, Incheon, Pyongyang, Ulaanbaatar, Ulan Bator, Astana, Almaty, Tashkent, Samarkand, Bishkek,
Dushanbe, Ashgabat, Baku, Tbilisi, Yerevan, Minsk, Kyiv, Kiev, St Petersburg, Saint Petersburg,
St. Petersburg, Vladivostok, Novosibirsk, Kazan, Khabarovsk, Irkutsk, Blagoveshchensk,
Nairobi, Mombasa, Addis Ababa, Lagos, Abuja, Johannesburg, Cape Town, Pretoria, Durban,
Dar es Salaam, Luanda, Kinshasa, Casablanca, Rabat, Tangier, Algiers, Tunis, Accra, Dakar, Kampala,
Kigali, Lusaka, Harare, Maputo, Antananarivo, Khartoum,
Sao Paulo, Rio de Janeiro, Brasilia, Buenos Aires, Santiago, Lima, Chancay, Bogota, Quito,
Mexico City, Monterrey, Havana, Caracas, Montevideo, Panama City
"""

# Alternate spellings added for canonical names (same kind as the canonical).
VARIANTS = {
    "Xi'an": ["Xian"],
    "Hohhot": ["Huhhot"],
    "Lyuliang": ["Luliang", "Lüliang", "Lvliang"],
    "Urumqi": ["Ürümqi"],
    "Shigatse": ["Xigaze"],
    "Qamdo": ["Chamdo"],
    "Nyingchi": ["Linzhi"],
    "Nagqu": ["Naqu"],
    "Ulanqab": ["Wulanchabu"],
    "Hulunbuir": ["Hulun Buir"],
    "Turpan": ["Turfan"],
    "Ma'anshan": ["Maanshan"],
    "Tai'an": ["Taian"],
    "Huai'an": ["Huaian"],
    "Yan'an": ["Yanan"],
    "Ya'an": ["Yaan"],
    "Guang'an": ["Guangan"],
    "Jing'an": ["Jingan"],
    "Bao'an": ["Baoan"],
    "Qiqihar": ["Qiqihaer"],
    "Xiamen": ["Amoy"],
    "Shangri-La": ["Shangrila"],
    "Rui'an": ["Ruian"],
    "Sao Paulo": ["São Paulo"],
    "Bogota": ["Bogotá"],
    "Dusseldorf": ["Düsseldorf"],
    "Zurich": ["Zürich"],
    "Ho Chi Minh City": ["Saigon"],
}


def split_list(block, with_key):
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if with_key:
            _, line = line.split(":", 1)
        for name in line.split(","):
            name = name.strip()
            if name:
                out.append(name)
    return out


def split_flat(block):
    # REGIONS/NEW_AREAS/WORLD_CITIES: comma separated, but "Washington, DC" is one name
    text = " ".join(block.split())
    text = text.replace("Washington, DC", "Washington\u0001 DC")
    names = [n.strip().replace("\u0001", ",") for n in text.split(",")]
    return [n for n in names if n]


def typographic(pattern):
    """Yield the pattern plus a typographic-apostrophe variant if it has one."""
    yield pattern
    if "'" in pattern:
        yield pattern.replace("'", "\u2019")


def slugify(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("\u2019", "_").replace("'", "_")
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    return text or "x"


def collect():
    """Return {pattern: kind}; first occurrence wins (priority = source order)."""
    sources = []  # list of (pattern, kind)
    sources += china_subdivisions()
    sources += [(n, "country") for n in country_names()]
    sources += [(n, "city") for n in split_list(PREFECTURE_CITIES, True)]
    sources += [(n, "region") for n in split_list(PREFECTURES, True)]
    sources += [(n, "district") for n in split_flat(NEW_AREAS)]
    sources += [(n, "region") for n in split_flat(REGIONS)]
    sources += [(n, "district") for n in split_list(DISTRICTS, True)]
    sources += [(n, "city") for n in split_list(COUNTY_LEVEL_CITIES, True)]
    sources += [(n, "county") for n in split_list(COUNTIES, True)]
    sources += [(n, "city") for n in split_flat(WORLD_CITIES)]

    expanded = []
    for name, kind in sources:
        for v in [name, *VARIANTS.get(name, [])]:
            expanded.append((v, kind))

    chosen = {}
    for name, kind in expanded:
        assert kind in KINDS, kind
        for p in typographic(name):
            p = p.strip()
            if p and p not in chosen:
                chosen[p] = kind
    return chosen


def build():
    chosen = collect()
    rows = sorted(((kind, slugify(p), p) for p, kind in chosen.items()))
    seen = {}
    out = []
    for kind, slug, p in rows:
        base = f"place.{kind}.{slug}"
        n = seen.get(base, 0) + 1
        seen[base] = n
        pid = base if n == 1 else f"{base}.{n}"
        out.append({"id": pid, "label": "place", "pattern": p, "kind": kind})
    ids = [r["id"] for r in out]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return out


def main(argv):
    out_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    rows = build()
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} patterns to {out_path}")


if __name__ == "__main__":
    main(sys.argv)
