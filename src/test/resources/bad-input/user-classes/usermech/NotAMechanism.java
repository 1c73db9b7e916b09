package usermech;

/** A user's class that does not implement Mechanism. */
public class NotAMechanism {
    @Override
    public String toString() {
        return "not a mechanism";
    }
}
