package fr.ouvert.catalog.linkcheck;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Where the platform's own outbound requests (link checks, harvests) must not go by default. */
public final class OutboundAddresses {

	private OutboundAddresses() {
	}

	/** Whether the host resolves to a loopback, private, link-local, wildcard or multicast address. */
	public static boolean isPrivate(String host) throws UnknownHostException {
		if (host == null) {
			throw new UnknownHostException("no host");
		}
		for (InetAddress address : InetAddress.getAllByName(host)) {
			if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
					|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
				return true;
			}
		}
		return false;
	}
}
