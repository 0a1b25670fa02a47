package vn.lienthong.gateway.intake;

/** The ways a package can come in; every one ends in the same intake pipeline. */
public enum Channel {
    REST, SOAP, VDXP, LGSP, FOLDER
}
