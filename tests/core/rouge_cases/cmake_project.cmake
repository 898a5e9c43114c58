cmake_minimum_required(VERSION 3.16)
project(site LANGUAGES CXX)

# Options
option(BUILD_DOCS "Build the docs" ON)
set(SOURCES src/main.cpp src/page.cpp)
#[[ A bracket
comment ]]
add_executable(site ${SOURCES})
target_include_directories(site PRIVATE "${CMAKE_SOURCE_DIR}/include" [=[raw ${x}]=])
if(BUILD_DOCS)
  message(STATUS "Docs: \"on\" ${PROJECT_NAME}")
  my_custom_function(a b)
endif()
