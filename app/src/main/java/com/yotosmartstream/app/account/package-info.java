/** The user's Yoto account: the client id, the sign-in (device code) and where its tokens are kept. */
package com.yotosmartstream.app.account;
