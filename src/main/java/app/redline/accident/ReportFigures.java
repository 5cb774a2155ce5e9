package app.redline.accident;

import java.math.BigDecimal;

/** A form that gives an accident's figures. */
interface ReportFigures {

    Integer getDeaths();

    Integer getSeriousInjuries();

    Integer getMinorInjuries();

    BigDecimal getDirectLoss();

    default Casualties casualties() {
        return new Casualties(getDeaths(), getSeriousInjuries(), getMinorInjuries(), getDirectLoss());
    }
}
