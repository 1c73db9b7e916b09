package usermech;

import java.util.List;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.settlement.Settlement;

/** A user's mechanism without a no-argument constructor. */
public class NoDefaultConstructor implements Mechanism {
    private final double fee;

    public NoDefaultConstructor(double fee) {
        this.fee = fee;
    }

    @Override
    public String name() {
        return "fee-" + fee;
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
