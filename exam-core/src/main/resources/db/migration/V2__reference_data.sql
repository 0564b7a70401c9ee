-- Reference data: industries, personnel categories (三类人员), content areas (培训内容), counties.
-- Data, not code: the administrator may add, rename or retire rows; the seeds' values are defaults.

CREATE TABLE industry (
    code        VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(60)  NOT NULL,
    -- one of the four industries of the national plan (四类行业)
    national    BOOLEAN      NOT NULL,
    sort_order  INT          NOT NULL,
    active      BOOLEAN      NOT NULL
);
INSERT INTO industry (code, name, national, sort_order, active) VALUES
 ('MINING',               '矿山（含煤矿）', TRUE, 10, TRUE),
 ('MACHINERY',            '机械制造',       TRUE, 20, TRUE),
 ('RAILWAY_TRANSPORT',    '铁路运输',       TRUE, 30, TRUE),
 ('RAILWAY_CONSTRUCTION', '铁路建设施工',   TRUE, 40, TRUE),
 ('HAZARDOUS_CHEMICALS',  '危险化学品',     FALSE, 50, TRUE),
 ('CONSTRUCTION',         '建筑施工',       FALSE, 60, TRUE),
 ('TRANSPORT',            '交通运输',       FALSE, 70, TRUE),
 ('NON_COAL_MINING',      '非煤矿山',       FALSE, 80, TRUE),
 ('METALLURGY',           '金属冶炼',       FALSE, 90, TRUE),
 ('FIREWORKS',            '烟花爆竹',       FALSE, 100, TRUE),
 ('FURNITURE',            '家具制造',       FALSE, 110, TRUE),
 ('TEXTILE',              '纺织服装',       FALSE, 120, TRUE),
 ('METAL_PRODUCTS',       '金属制品',       FALSE, 130, TRUE),
 ('EXPRESS_DELIVERY',     '快递业',         FALSE, 140, TRUE);

CREATE TABLE personnel_category (
    code        VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(60)  NOT NULL,
    short_name  VARCHAR(20)  NOT NULL,
    sort_order  INT          NOT NULL,
    active      BOOLEAN      NOT NULL
);
INSERT INTO personnel_category (code, name, short_name, sort_order, active) VALUES
 ('PRINCIPAL',   '分管负责人',                   '第一类', 1, TRUE),
 ('MANAGER',     '专职安全、职业健康管理人员',   '第二类', 2, TRUE),
 ('TEAM_LEADER', '班组长（含车间主任、车队长）', '第三类', 3, TRUE);

CREATE TABLE content_area (
    code        VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(60)  NOT NULL,
    description VARCHAR(300) NOT NULL,
    sort_order  INT          NOT NULL,
    active      BOOLEAN      NOT NULL
);
INSERT INTO content_area (code, name, description, sort_order, active) VALUES
 ('POLICY',        '政策论述',   '习近平总书记关于安全生产的重要论述', 1, TRUE),
 ('LAW',           '法律法规',   '安全生产法、职业病防治法、社会保险法、工伤保险条例、工伤预防费使用管理办法及行业规程', 2, TRUE),
 ('ACCIDENT',      '事故防范',   '生产安全事故的预防与应急处置', 3, TRUE),
 ('OCCUPATIONAL',  '职业病预防', '职业病危害因素识别与职业病预防', 4, TRUE),
 ('WARNING',       '警示教育',   '典型事故案例警示教育', 5, TRUE);

CREATE TABLE county (
    code        VARCHAR(20)  PRIMARY KEY,
    name        VARCHAR(60)  NOT NULL,
    city        VARCHAR(60)  NOT NULL,
    sort_order  INT          NOT NULL,
    active      BOOLEAN      NOT NULL
);
INSERT INTO county (code, name, city, sort_order, active) VALUES
 ('231002', '东安区',   '牡丹江市', 1, TRUE),
 ('231003', '阳明区',   '牡丹江市', 2, TRUE),
 ('231004', '爱民区',   '牡丹江市', 3, TRUE),
 ('231005', '西安区',   '牡丹江市', 4, TRUE),
 ('231025', '林口县',   '牡丹江市', 5, TRUE),
 ('231081', '绥芬河市', '牡丹江市', 6, TRUE),
 ('231083', '海林市',   '牡丹江市', 7, TRUE),
 ('231084', '宁安市',   '牡丹江市', 8, TRUE),
 ('231085', '穆棱市',   '牡丹江市', 9, TRUE),
 ('231086', '东宁市',   '牡丹江市', 10, TRUE);
