package app.redline.organization;

import app.redline.system.ImportTemplate;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the enterprise import's template carries besides its header: an example row (a valid
 * enterprise of the administrator's region, skipped when left in) and sheets of the valid region
 * codes (within the administrator's reach), industry codes and risk levels, with drop-downs.
 */
@Component
@RequiredArgsConstructor
class EnterpriseImportTemplate {

    private final JdbcClient jdbc;

    @Transactional(readOnly = true)
    ImportTemplate.Extras extras(Scope admin, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        String prefix = admin.kind() == Scope.Kind.REGION
                ? RegionCode.of(admin.regionCode()).subtree()
                : "%";
        List<List<String>> regions = jdbc.sql("select code, name_zh, name_en from region where code like :prefix"
                        + " order by code limit 5000")
                .param("prefix", prefix)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(chinese ? 2 : 3)))
                .list();
        List<List<String>> industries = jdbc.sql(
                        "select code, name_zh, name_en from industry order by sort_order, code")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(chinese ? 2 : 3)))
                .list();
        String region = regions.isEmpty() ? "" : regions.get(regions.size() - 1).get(0);
        String first17 = "91" + (region.length() >= 6 ? region.substring(0, 6) : "440703") + "MA0000001";
        List<String> example = List.of(
                chinese ? "示例：某某五金制品有限公司" : "Example: Sample Hardware Co., Ltd.",
                first17 + CreditCode.checkCharacter(first17),
                region,
                industries.isEmpty() ? "" : industries.get(0).get(0),
                chinese ? "某某路1号" : "1 Sample Road",
                chinese ? "张三" : "Zhang San",
                chinese ? "李四" : "Li Si",
                "0750-1234567",
                chinese ? "蓝" : "blue");
        String codes = chinese ? "代码" : "Code";
        String names = chinese ? "名称" : "Name";
        return new ImportTemplate.Extras(
                example,
                List.of(
                        new ImportTemplate.CodeList(
                                chinese ? "行政区划代码" : "Region codes", List.of(codes, names), regions, 2),
                        new ImportTemplate.CodeList(
                                chinese ? "行业代码" : "Industry codes", List.of(codes, names), industries, 3),
                        new ImportTemplate.CodeList(
                                null,
                                List.of(codes),
                                (chinese ? List.of("红", "橙", "黄", "蓝") : List.of("red", "orange", "yellow", "blue"))
                                        .stream().map(List::of).toList(),
                                8)));
    }
}
