package usermech;

import java.util.List;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.settlement.Settlement;

/** A user's mechanism whose constructor throws. */
public class ThrowingConstructor implements Mechanism {
    public ThrowingConstructor() {
        throw new IllegalStateException("no licence file");
    }

    @Override
    public String name() {
        return "throwing-constructor";
    }

    @Override
    public Design design(MarketInstance instance) {
        throw new IllegalStateException("not implemented yet");
    }

    @Override
    public Settlement settle(Design design, List<double[]> submissions) {
        throw new IllegalStateException("not implemented yet");
    }
}
