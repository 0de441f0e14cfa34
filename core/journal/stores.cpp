#include "core/journal/stores.h"

namespace kasir {

// The interfaces' destructors, out of line so that their vtables live in one object file.
AttemptReader::~AttemptReader() = default;
ProductCatalog::~ProductCatalog() = default;
ReceiptStore::~ReceiptStore() = default;
ChannelCacheStore::~ChannelCacheStore() = default;
StaffStore::~StaffStore() = default;

} // namespace kasir
