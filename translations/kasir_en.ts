<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>kasir::AppContext</name>
    <message>
        <source>The training sandbox could not start (%1). Restart Kasir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::AttemptReason</name>
    <message>
        <source>The answer from Faspay was lost after the bill was sent. It is not sent again; Kasir keeps checking. Start a new attempt only after confirming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay&apos;s answer carried a payment link that does not belong to this bill. Nothing was shown to the customer. Report this to the shop owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasir stopped while sending this bill. It is not sent again; Kasir keeps checking for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay could not be reached; nothing was sent and nothing was charged. Check the network and press Pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay refused the bill. Nothing was charged. Correct the sale or choose another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay refused Kasir&apos;s credentials or address. Nothing was charged. Check the merchant id, password and IP whitelist in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay reports a payment of a different amount. Do not hand over the goods; call the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer paid while the bill was being cancelled. The money was taken: call the supervisor to complete the sale or arrange a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay cannot tell the status of this bill. Kasir keeps checking; call the supervisor if it stays like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay has not answered status checks for a while. Kasir keeps checking; check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill should have expired but Faspay still reports it open. Kasir keeps checking; call the supervisor if it stays like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay reports a reversal for a bill that was never seen paid. Call the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay already has a bill with this number (answer 14). It may belong to another sale, so no payment for it counts for this one. Nothing is sent again; call the supervisor to check the terminal code in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay answered with an error after the bill was sent and may have recorded it. It is not sent again; ask the supervisor to check the bill in the Faspay merchant portal before a new attempt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::AttemptState</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::AttemptTexts</name>
    <message>
        <source>Sending to Faspay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by Faspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill is saved. Waiting for Faspay&apos;s answer; this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to scan the QR code with their phone and approve the payment on the %1 page. Kasir checks the status by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay confirmed the payment. Hand over the goods and offer the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lender declined or the payment failed. Nothing was charged. Go back to the cart (Esc) to choose another way to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill expired before it was paid. Nothing was charged. Go back to the cart (Esc) to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill is cancelled at Faspay. Nothing will be charged. Go back to the cart (Esc) or start a new sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was charged. Go back to the cart (Esc) to fix the sale or choose another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Kasir keeps checking. Do not hand over the goods until this shows Paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Faspay to cancel the bill. If the customer paid in the meantime, Kasir will say so here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer paid while the bill was being cancelled: Faspay has the money. Do not cancel again. Call a supervisor to refund or complete the sale. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Call a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay reversed this payment. Call a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, sending to Faspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay not reached, sending the same bill again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay answered: bill accepted, payment page ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay answered: bill refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay answered, but the answer cannot be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay could not be reached; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable answer from Faspay; the bill may exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status checked: now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status check failed; trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment notification received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer returned from the lender&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay answered the cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel not confirmed yet; asking again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry passed without a final answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasir was restarted while sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking resumed after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by a supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay transaction id learned from a notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::BrowserPane</name>
    <message>
        <source>Reload the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lender&apos;s page is finished. Kasir is checking the payment with Faspay; the cashier&apos;s screen shows the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address cannot be opened here: only web pages of the payment gateway and the lenders are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is on %1, which is not the payment gateway or a known lender, so it is not opened. Let the customer scan the QR code instead, or add the host in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment page finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not valid. The page is not shown. Let the customer scan the QR code with their phone instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page on %1 could not be loaded. Check the internet connection and press Reload, or let the customer scan the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page: %1 (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::BrowserPaneFactory</name>
    <message>
        <source>The embedded browser is not installed (kasir_browser plugin not found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded browser could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::BuyerForm</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Budi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Santoso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0812 3456 7890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member no. or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the phone number unless you type a member number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street, number, RT/RW, village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City / regency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jakarta Pusat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Menteng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DKI Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::Cart</name>
    <message>
        <source>Shipping fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart is empty. Scan or add at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many lines (%1 at most). Split the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item has no SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity is too large (%1 at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee must be zero or more and not too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount is larger than the goods (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total must be more than Rp 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total is larger than Faspay accepts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::CartModel</name>
    <message>
        <source>The discount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay receives the first %1 characters of a name: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new quantity, or press + / - on the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new unit price in rupiah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the quantity as a whole number, e.g. 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the price in whole rupiah, e.g. 15000 or 15.000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::CartView</name>
    <message>
        <source>Cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart is empty.
Scan a barcode, type a SKU (F2) or search by name (F3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::ChannelPicker</name>
    <message>
        <source>Kredivo &amp;tenor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay with %1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kredivo instalments need a total of at least %1: this sale qualifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kredivo instalments need a total of at least %1; this sale is %2. Choose &quot;Pay in 30 days&quot; or add items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalments (3, 6 or 12 months) need a total of at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::CheckoutService</name>
    <message>
        <source>Faspay&apos;s certificate was not trusted, so nothing was sent. Check the gateway address in Settings and the computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay could not be reached (%1). Nothing was sent. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay&apos;s answer could not be used (%1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasir has no Faspay merchant id or password. Complete them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is being sent. Wait for Faspay&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a payment whose answer was lost (Unknown) can be replaced by a new attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer about another bill or merchant arrived for this payment. It was ignored and kept in the log. Report it to the shop owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1 can still be paid. Cancel it first (F8); a new attempt is possible once Faspay confirms the cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1 for this sale or this customer can still be paid. Finish it, or cancel it first (F8), before a new bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has paid two bills within one bill&apos;s lifetime (%1 and %2). Check with the customer that it was meant; if not, refund one through the lender.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::Config</name>
    <message>
        <source>No merchant id. Set KASIR_MERCHANT_ID or the merchant id in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Faspay password. Set KASIR_FASPAY_PASSWORD or save it in Settings (kept in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification address &quot;%1&quot; is not host:port (for example 0.0.0.0:8765).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data folder. Set KASIR_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::ConnectionTest</name>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay refused (code %1): %2 Check the merchant ID, the user ID and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay refused (code %1): %2 Ask Faspay to allow this store&apos;s internet address (IP whitelist) and to check that the account is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay refused (code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not like Faspay does. Check the gateway address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: its certificate is not valid. Check the gateway address; never use an address whose certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway address cannot be used. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the internet connection and the gateway address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not like Faspay does (HTTP %2). Check the gateway address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::Customer</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long (%1 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an Indonesian phone number. Use the form 0812-3456-7890 or +62 812-3456-7890.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address. Use the form name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postcode has five digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only addresses in Indonesia (ID) are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::CustomerDisplay</name>
    <message>
        <source>Kasir — customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selamat datang / Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindai dengan ponsel Anda
Scan with your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mohon tunggu…
Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pembayaran berhasil
Payment successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terima kasih!
Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::EndOfDay</name>
    <message>
        <source>Paid here, not paid at Faspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at Faspay, not paid here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown to Faspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a supervisor (Faspay status %1). Open it in the history and settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay&apos;s answer had no usable payment status (%1). Run Reconcile again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay&apos;s payment total %1 is not the sale&apos;s total %2. Compare with the lender&apos;s statement before the money is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay says this bill is paid, but Kasir has not recorded it as paid. Check its status from the history; if the customer has gone, a supervisor settles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as paid here, but Faspay says the bill is not paid (status %1). Do not hand over more goods; call Faspay with the bill number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed in Kasir, but Faspay still waits for payment (status %1). Cancel it at Faspay so that the customer cannot pay it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay has no bill with this number and transaction id (status 5). Call Faspay with the bill number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as paid here, but Faspay says status %1. Do not hand over more goods; call Faspay with the bill number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay says status %1, which is not what Kasir recorded. Check its status from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING — no money moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: %1 sales, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between Kasir and Faspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to %1 (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Faspay transaction id was received, so Faspay cannot be asked about it. If the customer says they paid, call Faspay with the bill number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay refused the status inquiry (response code %1). Run Reconcile again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay did not answer usably. Check the connection and run Reconcile again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by a supervisor, not confirmed by Faspay (%1). Check it against the lender&apos;s statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by supervisor %1, not confirmed by Faspay (%2). Check it against the lender&apos;s statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold through %1 (merchant %2), which is not one of Faspay&apos;s hosts. Money through it is not Faspay&apos;s: check with the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same customer also paid bill %1 within one bill&apos;s lifetime. Check with the customer; if it was not meant, refund one through the lender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales to look at again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::EndOfDayDialog</name>
    <message>
        <source>not paid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Faspay: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile with Faspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks Faspay again about every payment of the day and lists where Faspay and Kasir disagree. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile needs the Faspay connection set up in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasir says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sale(s) paid, %2</source>
        <translation>
            <numerusform>%1: %n sale paid, %2</numerusform>
            <numerusform>%1: %n sales paid, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(training, no money moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. %1 of %2 were checked; run Reconcile again for all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Faspay and Kasir agree on all %n payment(s).</source>
        <translation>
            <numerusform>Faspay and Kasir agree on all %n payment.</numerusform>
            <numerusform>Faspay and Kasir agree on all %n payments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between Faspay and Kasir. Settle them from the payment history.</source>
        <translation>
            <numerusform>%n difference between Faspay and Kasir. Settle them from the payment history.</numerusform>
            <numerusform>%n differences between Faspay and Kasir. Settle them from the payment history.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (status %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the end-of-day report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to %1 (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales to look at again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::Engine</name>
    <message>
        <source>The data folder %1 cannot be created. Choose another one with KASIR_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification receiver cannot listen on %1:%2 (%3). Choose another address in Settings or KASIR_NOTIFY_LISTEN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::EscPosReceiptOutput</name>
    <message>
        <source>ESC/POS receipt printer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer is busy. Print the receipt again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::EscPosSender</name>
    <message>
        <source>Printing was cancelled. The sale is kept; print the receipt again from the sales history when the printer is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer at %1 closed the connection before the receipt was sent. Check the printer (paper, cover), then print the receipt again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer at %1 refused the connection. Check the printer address and port (usually 9100) in the settings, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer address %1 was not found. Check the printer address in the settings, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network to the receipt printer at %1 is not reachable. Check the network cable or Wi-Fi, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be sent to the printer at %1 (%2). Check the printer and its connection, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer %1 is not there. Check that the printer is plugged in and switched on, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer %1 could not be opened (%2). Check the cable and that this user may use the printer, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the receipt printer %1 failed (%2). Check the printer, then print the receipt again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer %1 did not take the receipt within %2 seconds. Check that it is switched on and has paper, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer at %1 did not answer within %2 seconds. Check that it is switched on and connected to the network, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer at %1 stopped taking data for %2 seconds. Check its paper and cover, then print the receipt again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::FeesPanel</name>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount in whole rupiah, e.g. 20000 or 20.000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::Headless</name>
    <message>
        <source>--wait needs a number of seconds (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kasir checkout ORDER.json [--wait SECONDS] [--receipt FILE.pdf]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay&apos;s channel list could not be fetched. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal lost track of the attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be written to %1 (%2). The sale is paid; reprint it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kasir status BILL_NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt with bill number %1 in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::HistoryModel</name>
    <message>
        <source>%1 (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — NOT FASPAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::HistoryWindow</name>
    <message>
        <source>Faspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: %1 The receipt stays queued; print it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not settled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real sales only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle by hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a payment in the list to see what happened to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, terminal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing copy %1 (SALINAN / COPY %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 saved as PDF: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Faspay about %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel payment %1 of %2 at Faspay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling %1 at Faspay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be cancelled in its present state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle payment %1 of %2 by hand as &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be settled as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print copy %1 of the receipt of %2? %3 copies were printed already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::Journal</name>
    <message>
        <source>line %1: barcode %2 already belongs to product %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment journal %1 is damaged. Payments are disabled and the file has been left exactly as it was. Do not delete it: it is the record of past sales. Close Kasir, copy the file to a safe place and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the payment journal %1 is full. Payments are disabled so that no sale goes unrecorded. Free some disk space, then restart Kasir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the payment journal %1 is almost full (%2 MB free, %3 MB needed). No new payment starts, so that every sale can be recorded completely. Free some disk space, then restart Kasir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment journal %1 cannot be written: the file or its folder is read-only. Payments are disabled so that no sale goes unrecorded. Make the data folder writable, then restart Kasir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while writing the payment journal %1. Payments are disabled so that no sale goes unrecorded. Check the disk, then restart Kasir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasir cannot open or create the payment journal %1. Payments are disabled. Check that the data folder exists and is writable, then start Kasir again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasir is already tracking payments in %1 (process %2 on %3, since %4). Close that Kasir window or command first. &quot;kasir status&quot; and &quot;kasir pending&quot; still work beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasir cannot create its lock file in %1. Make the data folder writable, then start Kasir again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment journal is busy: another program is using it. Nothing was recorded. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment attempt %1 is not in the journal. Nothing was recorded; refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment with bill number %1 in the journal. Check the number and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 is not in the journal. Nothing was recorded; refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment journal at %1 yet. Start Kasir once to create it, or check the data folder setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 was changed meanwhile by another step. Nothing was recorded; refresh it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill number %1 is already used in the journal. Nothing was recorded and nothing was sent. Check the terminal code setting, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode %1 already belongs to product %2. Nothing was saved; use another barcode or change product %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt is only made for a paid sale, and %1 is not paid. Nothing was printed; check the payment status first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment journal %1 was written by a newer version of Kasir (layout %2; this version knows up to %3). Payments are disabled and the file is left as it is. Install the newer Kasir again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment journal %1 uses an older layout (%2). Start Kasir once normally so that it updates the journal, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasir could not update the payment journal %1 to layout %2. The journal was left as it was and payments are disabled. Make sure the disk has free space and restart Kasir; contact support if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment journal %1 cannot use safe write-ahead logging on this drive. Payments are disabled. Keep the data folder on a local disk, then restart Kasir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment journal is open for reading only here. Take payments in the Kasir window that tracks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment journal refused incomplete data. Nothing was recorded. Try again; if it happens again, contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment journal reported an unexpected error. Nothing was recorded. Try again; if it happens again, restart Kasir and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header must name the columns sku, name and price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: too few fields (sku, name and price are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the SKU is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the SKU is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the name is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the price is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: price is not a number (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the price is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the price is above the limit of %2 rupiah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: SKU %2 already appears on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: barcode %2 already appears on line %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::Keychain</name>
    <message>
        <source>The system keychain did not answer within 5 seconds, so the Faspay password is unknown. Payments are off: unlock the keychain and restart Kasir, or save the password again in Settings (F10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Faspay password is saved in the system keychain for merchant %1. Payments are off: save the password in Settings (F10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Faspay password could not be read from the system keychain (%1). Payments are off: unlock the keychain and restart Kasir, or save the password again in Settings (F10).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::MainWindow</name>
    <message>
        <source>Bill %1 is in Pending payments (Ctrl+I); Kasir keeps checking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product catalog was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel list could not be refreshed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasir — %1 — training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasir — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kasir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a product by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the payment now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees and discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the payment page here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the channel list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back / cancel the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the customer pays (F6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale has problems to fix; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new sale? The cart and the buyer&apos;s details are cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart is open again: choose another provider or fix the sale, then Pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel list not fetched yet (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 4 providers available · list of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments are stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1 is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bill cannot be cancelled now (it is no longer open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts are not set up on this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded browser cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the channel list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the receipt is being made…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix before paying: %1. Each is shown at its field; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are saved. The gateway, the credentials, the printer and the language are used from the next start of Kasir; payments in progress are kept and resume by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned &quot;%1&quot;: finish or leave the payment on screen first (Esc), then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That scan is not a known product code; nothing was added. Scan it again, or find the product by name (F3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new bill for this sale of %1? Bill %2 may still be paid by the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel bill %1 of %2 at Faspay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in / change cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 · nobody signed in (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisor is set up on this till, so it takes no sale. Set one up (Ctrl+L) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in first (Ctrl+L); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print copy %1 of this receipt? %2 copies were printed already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::Order</name>
    <message>
        <source>Must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number (rupiah).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 monthly instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 monthly instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 monthly instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is too long (128 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kredivo instalments need a total of at least %1; this sale is %2. Choose &quot;Pay in 30 days&quot; or another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;. Use kredivo, akulaku, indodana or briceria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tenor &quot;%1&quot;. Use 30_days, 3_months, 6_months or 12_months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fee kind &quot;%1&quot;. Use shippingfee, adminfee, taxfee, additionalfee or insurancefee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::PasswordStore</name>
    <message>
        <source>No Faspay password is stored in the keychain for this merchant yet. Enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to the Faspay password. Unlock the keychain (log in again) and try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Faspay password could not be removed from the keychain. Try again, or remove it with the system&apos;s password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed. Try again; if it keeps failing, restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the Faspay password cannot be saved. Set it in the environment variable KASIR_FASPAY_PASSWORD instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::PaymentPanel</name>
    <message>
        <source>Bill no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now  ·  F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open here  ·  F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer display  ·  F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel bill  ·  F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New attempt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave in pending  ·  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt  ·  Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF  ·  Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale  ·  Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to cart  ·  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code appears when Faspay answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2 (×%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment link: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with your phone to pay with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel bill %1 at Faspay? The customer can no longer pay it. If they already paid, Kasir will tell you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay&apos;s answer to bill %1 was lost: the bill may exist and the customer may still pay it. A new attempt makes a second bill with a new number. If the customer pays both, they pay twice. Start a new attempt only if the customer has not paid and will not use the first link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is still open. Leave it in Pending payments (Ctrl+I) and start a new sale? Kasir keeps checking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave in pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::PendingInbox</name>
    <message>
        <source>Pending payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments that are not final yet, from this and earlier sales. Kasir keeps checking each of them, also after a restart. Open one to show its QR code again, or check or cancel it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open  ·  Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now  ·  F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel bill  ·  F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back  ·  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel bill %1 at Faspay? The customer can no longer pay it. If they already paid, Kasir will tell you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::PendingModel</name>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::ProductEntry</name>
    <message>
        <source>Scan, or type a code or part of a name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several products match &quot;%1&quot;: pick one with the arrows and Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with the code or name &quot;%1&quot;. Check the code, or import the product list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::ProductImportDialog</name>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file from a spreadsheet, one product a line: SKU, name, price in rupiah, and barcodes (several separated by |). A header line may name the columns. Products with a SKU already in the catalog are updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/products.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2. Check the name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rejected rows in the file and import it again; the others are in the catalog already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1, updated: %2, rejected rows: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::QrWidget</name>
    <message>
        <source>Payment QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::ReceiptPdf</name>
    <message>
        <source>The receipt folder %1 could not be created. Check that the data folder is writable, then save the receipt again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt PDF %1 could not be written (%2). Check the disk and the data folder, then save the receipt again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt PDF could not be started. Save the receipt again; if it keeps failing, restart Kasir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt PDF %1 could not be saved (%2). Check the free disk space, then save the receipt again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::ReceiptPrinter</name>
    <message>
        <source>The printer %1 could not be opened. Check that it is switched on and installed in the system&apos;s printer settings, then print the receipt again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 reported an error while printing. Check the printer, then print the receipt again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 — print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::ReceiptService</name>
    <message>
        <source>Only a paid sale has a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::SalePage</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products  ·  F2 code  ·  F3 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees and discount  ·  F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer details (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay with  ·  F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay  ·  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter edit · +/− qty · Del remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1 × %2. Faspay receives the name shortened to %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1 × %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::Settings</name>
    <message>
        <source>Enter the https:// address Faspay gives for production, for example https://web.faspay.co.id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an https:// address (plain http:// only for this computer, 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant ID is 5 digits, as Faspay gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to 4 letters or digits (A-Z, 0-9), without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the merchant name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits and . _ - @ only, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as address:port, for example 0.0.0.0:8765.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the printer&apos;s address, for example 192.168.1.50:9100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the printer&apos;s device, for example /dev/usb/lp0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name. Write names like web.faspay.co.id or *.kredivo.com, separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the whole address, starting with https://, as in Faspay&apos;s portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current PIN to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this counter its own terminal code (K01 is every new install&apos;s): no two counters of the merchant may share one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also on the receipt; a telephone number may go on the last line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 4 letters or digits, different for every counter of the store. It starts every bill number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training (practice gateway built into Kasir, no money moves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay sandbox (test account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production (real payments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay shows the production address in its merchant portal (Settings, Credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 5-digit merchant code from Faspay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the usual one shown in grey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive Faspay&apos;s payment notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to listen on (host:port). Faspay must be able to reach it; without it Kasir asks Faspay for the status itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the customer has to finish on the lender&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser may open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts of Faspay&apos;s and the lenders&apos; pages that the embedded browser may open, separated by spaces; *.example.com includes every name under example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Return URL registered in Faspay&apos;s merchant portal. When the embedded browser reaches it, Kasir checks the payment at once instead of showing that page. Not needed in training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer (PDF archive only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer installed on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer on the network (ESC/POS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer on USB or serial (ESC/POS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm (48 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm (32 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt as soon as a sale is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows the next time Kasir starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not installed now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor PIN is set. To change it, enter the current one and the new one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisor PIN is set yet: set one (4 to 8 digits) so that cancelling and settling payments by hand need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password comes from the environment variable KASIR_FASPAY_PASSWORD; it wins over the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain, not in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password saved yet. It will be kept in this computer&apos;s keychain, not in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training uses the practice gateway built into Kasir: there is nothing to connect to. Choose the Faspay sandbox or production to test your merchant account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Faspay for the merchant&apos;s channels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 (channel %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to Faspay as merchant %1. The merchant has %n channel(s); Kasir can sell through these:</source>
        <translation>
            <numerusform>Connected to Faspay as merchant %1. The merchant has %n channel; Kasir can sell through these:</numerusform>
            <numerusform>Connected to Faspay as merchant %1. The merchant has %n channels; Kasir can sell through these:</numerusform>
        </translation>
    </message>
    <message>
        <source>The current PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file could not be written. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded browser (&quot;Open here&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the QR code only. Kasir then starts faster and uses about 50 MB less memory (no graphics context for the browser). Applies from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of Faspay&apos;s hosts. Selling through it needs a supervisor&apos;s approval: set up a supervisor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell through %1? It is not one of Faspay&apos;s hosts: money paid there does not go through Faspay. Every sale, receipt and end of day will say NOT FASPAY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each supervisor approves with their own PIN: see the Staff tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may sign in at this till. Supervisors approve cancels, settings and settling by hand with their own PIN. Nobody is deleted: a member who leaves is removed from the list but stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN of %1 is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any key closes this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name and type your PIN. Every sale, cancel and approval is recorded under the name signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs (%1 in a row). Try again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is no longer on the staff list. Ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is not right. Wait %1 s before the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::StaffDirectory</name>
    <message>
        <source>The staff list could not be saved. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has letters, digits and spaces only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another supervisor has this PIN. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the staff list (or was).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only supervisor. Add another supervisor first: without one the till takes no sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::StaffMemberDialog</name>
    <message>
        <source>Set up the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisor is set up on this till yet, so it takes no sale. The shop owner or shift supervisor enters a name and a PIN of 4 to 8 digits: that PIN approves cancels, settings and settling by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor (approves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::SupervisorDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes a payment. A supervisor enters the PIN and writes why; both are kept in the payment&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the customer changed their mind and paid cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisor PIN is set, so this cannot be approved here. Set a PIN in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may do this: enter the supervisor PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs (%1 in a row). Try again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisor PIN is set any more. Set one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::SystemReceiptOutput</name>
    <message>
        <source>No default printer is set up. Choose the receipt printer in Settings, then print the receipt again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 is not installed on this computer. Check its name in Settings, then print the receipt again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 reports an error. Check it (paper, cover, cable) and the system&apos;s print queue, then print the receipt again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System printer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::TotalsPanel</name>
    <message>
        <source>Total to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::faspay::ChannelCatalog</name>
    <message>
        <source>The channel list has not been fetched from Faspay yet. Check the connection and refresh the channel list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay lists more than one BRI Ceria channel. Ask Faspay which one this merchant should use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this merchant&apos;s channel list. Ask Faspay to enable it, then refresh the channel list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::faspay::Codes</name>
    <message>
        <source>Faspay accepted the request. Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay does not recognise the merchant ID. A supervisor must check the merchant ID in Settings against the Faspay merchant portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay refused the amount. Check the prices, fees and discount and try again; if it happens again, choose another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay refused the order as invalid or already known. Start a new payment; if it happens again, report it to support with the bill number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was cancelled by the merchant or the customer. Start a new payment if the customer still wants to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not know this customer or phone number. Check the phone number with the customer, or choose another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant&apos;s Faspay subscription has expired. Ask Faspay to renew it; until then, take another form of payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay could not read the request (format error). Take another form of payment and report this to support with the bill number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay does not support this request for this merchant or channel. Choose another provider and ask Faspay to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill has expired. Start a new payment if the customer still wants to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay refused the user ID or password. A supervisor must correct the Faspay credentials in Settings before the next payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay refused the request for security or account reasons (unknown IP address, or the account is not active). A supervisor must check the IP whitelist and the account status with Faspay before the next payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay had an internal error. Check the payment status, then try again in a few minutes; if it happens again, take another form of payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was reversed. Do not hand over the goods; ask the customer to pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bill is already paid. Check the payment status before charging the customer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay does not know this merchant or channel (unregistered entity). Choose another provider and ask Faspay to register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay says a required field is missing. Take another form of payment and report this to support with the bill number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay received a field it does not accept (unregistered parameter). Take another form of payment and report this to support with the bill number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay says the request has too few fields (insufficient parameters). Take another form of payment and report this to support with the bill number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay&apos;s system is malfunctioning. Check the payment status, then try again later; if it goes on, take another form of payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid yet: the customer has not finished on the provider&apos;s page. Keep the QR code on screen and wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is processing the payment. Wait; do not start another payment for this sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider reports the payment as successful. Kasir checks the amount, then prints the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment failed. Ask the customer to try again or choose another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay cannot find this bill yet. Kasir keeps checking; if it stays like this, contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill expired before it was paid. Start a new payment if the customer still wants to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was cancelled. Start a new payment if the customer still wants to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay does not know the payment status yet. Kasir keeps checking; do not hand over the goods until it says paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faspay answered with code %1, which Kasir does not know. Check the payment status before trying again, and report the code to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::faspay::Requests</name>
    <message>
        <source>There is no Faspay channel code for %1. Refresh the channel list, or ask Faspay to enable the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Faspay channel code &quot;%1&quot; is not a number. Refresh the channel list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Faspay channel code %1 does not belong to %2. Refresh the channel list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill date is missing. Check the computer&apos;s clock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill expiry time is missing. Check the payment expiry setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill must expire after it is issued. Check the payment expiry setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill can stay open for at most 30 days. Shorten the payment expiry setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Faspay merchant ID, merchant name or password is not set. A supervisor must enter them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill number &quot;%1&quot; is not valid (1 to 16 letters or digits). Check the terminal code in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item name has no printable characters. Correct the name in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This price cannot be sent to Faspay. Correct the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill lines do not add up to the total, so nothing was sent. Report this to support with the sale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kasir::main</name>
    <message>
        <source>Kasir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
