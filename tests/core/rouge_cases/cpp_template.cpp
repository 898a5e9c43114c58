#include <vector>

namespace site {
template <typename T>
class Page : public Base {
public:
    explicit Page(T value) : value_(value) {}
    bool empty() const noexcept { return value_ == nullptr; }
private:
    T value_;
};
}

auto main() -> int {
    std::vector<int> v{1'000, 0x2A, 0b101};
    auto s = R"(raw "text")";
    using namespace std::chrono_literals;
    auto d = 10ms;
    return v.size() > 2 ? 0 : 1;
}
